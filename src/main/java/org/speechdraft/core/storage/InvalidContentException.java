package org.speechdraft.core.storage;

/**
 * Well-formed JSON whose values make no sense as a draft (an unknown paragraph level …). The
 * message is the Chinese detail for {@link DraftFileException#corrupt}.
 */
final class InvalidContentException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidContentException(String detail) {
        super(detail);
    }
}

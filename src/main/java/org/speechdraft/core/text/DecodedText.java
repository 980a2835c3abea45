package org.speechdraft.core.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A text file's content and the encoding it was read in, so that the user can see which one was
 * detected and reopen the file in another when the guess was wrong.
 *
 * @param charset the encoding the bytes were decoded with (UTF-8 for a file with a UTF-8 byte order mark)
 */
public record DecodedText(String text, Charset charset) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}

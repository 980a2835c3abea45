package org.speechdraft.core.storage;

/**
 * What one of our JSON files holds, which decides how its errors are worded: the same failure
 * reads "文稿文件…已损坏" for a draft and "模板文件…已损坏" for a template.
 */
public enum FileKind {
    DRAFT("storage.draft."),
    TEMPLATE("storage.template."),
    PHRASES("storage.phrases.");

    private final String messagePrefix;

    FileKind(String messagePrefix) {
        this.messagePrefix = messagePrefix;
    }

    /** e.g. "corrupt" → "storage.template.corrupt" in the core bundle. */
    String messageKey(String suffix) {
        return messagePrefix + suffix;
    }
}

package org.speechdraft.core.cleanup;

/** What a clean-up rule did to a line. */
public enum ChangeKind {
    /** The whole line went. */
    REMOVED,
    /** Parts of the line were removed or replaced; see {@link CleanupChange#edits()}. */
    CHANGED,
    /** The line was joined with the next one: a line break inside a sentence. */
    JOINED,
    /** The line was broken into several paragraphs. */
    SPLIT
}

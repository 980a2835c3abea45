package org.speechdraft.core.export;

import java.time.Instant;

/**
 * One w:comment of the document: a 批注 of the draft or a reply to one.
 *
 * @param id        its w:id, counted from 0 in the order the comments' ranges start, each
 *                  comment's replies right after it
 * @param date      when it was written; null when unknown
 * @param text      its paragraphs, separated by line breaks
 * @param repliesTo the id of the comment it answers; null for a comment of its own
 */
record WordComment(int id, String author, Instant date, String text, Integer repliesTo) {

    /** Far from 0 and below 0x80000000, the range Word takes its paragraph ids from. */
    private static final int FIRST_PARAGRAPH_ID = 0x10000000;

    /** The w14:paraId of its last paragraph, by which commentsExtended.xml threads the replies. */
    String paragraphId() {
        return paragraphId(id);
    }

    static String paragraphId(int commentId) {
        return String.format("%08X", FIRST_PARAGRAPH_ID + commentId);
    }

    /** What Word shows in the margin before the text: the first character of each word of the name. */
    String initials() {
        StringBuilder initials = new StringBuilder();
        for (String word : author.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString();
    }
}

package org.speechdraft.core.importing;

import java.util.Objects;

/**
 * Something of a Word document that did not come in as it was, for the user to know: a text box,
 * an image, a table turned into rows of text, a heading style overruled by its numbering … Nothing
 * is dropped without one of these.
 *
 * @param paragraph where it was: the index of the draft's paragraph (or, while reading, the source
 *                  paragraph) it belonged to; -1 for the document as a whole (headers, format revisions)
 * @param before    it stood in a paragraph that is not in the draft (e.g. an image alone on a line)
 *                  and {@code paragraph} is the one that follows
 * @param count     how many of them there
 * @param detail    what they said or what was done, for the message; "" for nothing to add
 */
public record ImportNote(Kind kind, int paragraph, boolean before, int count, String detail) {

    /** The kinds of note, each with its message (importing/messages.properties, note.KIND). */
    public enum Kind {
        TABLE, TEXT_BOX, IMAGE, SHAPE, CHART, DIAGRAM, OBJECT, FORMULA, FOOTNOTE, ENDNOTE, HIDDEN_TEXT,
        SYMBOL, HEADING_STYLE, FORMAT_REVISIONS, HEADER_FOOTER, LOST_COMMENT, BULLETS, OTHER_LOOK
    }

    public ImportNote {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** The same note at another place: a source paragraph's note placed in the draft. */
    ImportNote at(int draftParagraph, boolean notInDraft) {
        return new ImportNote(kind, draftParagraph, notInDraft, count, detail);
    }

    /** In the user's words: "第12段：1 个文本框未导入（“……”）". */
    public String message() {
        String text = ImportTexts.get("note." + kind.name(), count, detail,
                detail.isEmpty() ? "" : ImportTexts.get("note.detail", detail));
        if (paragraph < 0) {
            return text;
        }
        // as a string: MessageFormat would write paragraph 1000 as "1,000"
        return ImportTexts.get(before ? "note.place.before" : "note.place", String.valueOf(paragraph + 1), text);
    }
}

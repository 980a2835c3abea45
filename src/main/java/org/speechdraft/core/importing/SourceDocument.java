package org.speechdraft.core.importing;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.text.PastedText;

/**
 * A speech as read, before clean-up: one paragraph per line of a text (blank lines included, as
 * body) or per paragraph of a Word document (with the levels of its heading styles and its bold
 * and highlighted runs, as it was before any 修订). Kept by the preview so that switching a rule on
 * or off cleans again without reading the file again.
 *
 * @param encoding the encoding a text file was read in; null for a Word document or pasted text
 * @param word     what a Word document holds besides (its revised version, comments, what did not
 *                 come in); {@link WordExtras#NONE} for anything else
 */
public record SourceDocument(List<DraftParagraph> paragraphs, SourceKind kind, Charset encoding, WordExtras word) {

    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(kind, "kind");
        word = word == null ? WordExtras.NONE : word;
    }

    public SourceDocument(List<DraftParagraph> paragraphs, SourceKind kind, Charset encoding) {
        this(paragraphs, kind, encoding, WordExtras.NONE);
    }

    /**
     * The document as it reads with every 修订 made, for what takes it as it stands now (清理 to a
     * text, a template); itself when it has none.
     */
    public SourceDocument asRevised() {
        if (!word.hasRevisions()) {
            return this;
        }
        return new SourceDocument(word.revised().stream().map(DraftParagraph::withoutRevisions).toList(), kind, encoding,
                new WordExtras(word.fileName(), List.of(), List.of(), word.comments(), word.notes()));
    }

    /** Text pasted by the user: its lines as body paragraphs. */
    public static SourceDocument pasted(String text) {
        return ofText(text == null ? "" : text, SourceKind.PASTED, null);
    }

    /** The open draft's paragraphs, to be cleaned again (清理文本) with their bold and highlight kept. */
    public static SourceDocument ofDraft(List<DraftParagraph> paragraphs) {
        return new SourceDocument(paragraphs, SourceKind.DRAFT, null);
    }

    static SourceDocument ofText(String text, SourceKind kind, Charset encoding) {
        List<DraftParagraph> lines = PastedText.lines(text).stream()
                .map(line -> DraftParagraph.of(ParagraphLevel.BODY, line))
                .toList();
        return new SourceDocument(lines, kind, encoding);
    }
}

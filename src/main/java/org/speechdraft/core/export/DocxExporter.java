package org.speechdraft.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.storage.AtomicFileWriter;

/**
 * Writes a draft as a Word document laid out by a preset: real paragraph styles per level (the
 * navigation pane of Word and WPS shows the outline), Chinese and Latin faces named in styles and
 * runs, the document grid and page numbers as Word writes them, heading markers kept as text.
 * Unfilled placeholders are highlighted; the open 批注 become Word comments, with their replies. A
 * 修订稿 shows a draft's changes since an earlier version as Word 修订. Stateless and thread-safe.
 *
 * <p>The parts are written directly as XML (JDK only): a library that models all of OOXML takes
 * longer to load than the whole command-line export takes without it.
 */
public final class DocxExporter {

    private static final String WORD = DocxPackage.DOCUMENT_FOLDER;

    /**
     * Writes {@code out} completely or not at all (temp file in the same folder, then moved into
     * place); an existing file is replaced.
     *
     * @throws IOException when the file cannot be written (full disk, no permission …); turn it
     *                     into a message with {@link ExportProblem#describe}
     */
    public ExportResult export(Draft draft, ExportPreset preset, Path out) throws IOException {
        return export(draft, RemainingPlaceholders.in(draft), preset, out);
    }

    /**
     * {@link #export(Draft, ExportPreset, Path)} for a caller that has found the placeholders left
     * already, with {@link RemainingPlaceholders#in}, to list them or ask first: they are not
     * looked for twice.
     */
    public ExportResult export(Draft draft, List<Placeholder> remaining, ExportPreset preset, Path out)
            throws IOException {
        return export(draft, remaining, preset, Authorship.now(Authorship.PROGRAM), out);
    }

    /**
     * {@link #export(Draft, List, ExportPreset, Path)} signed by a user: {@code by} is the document's
     * author and last editor in Word's 属性, and the export time its creation and modification time.
     * Without it the author is the program ({@link Authorship#PROGRAM}).
     */
    public ExportResult export(Draft draft, List<Placeholder> remaining, ExportPreset preset, Authorship by, Path out)
            throws IOException {
        AtomicFileWriter.writeWithoutBackup(out, render(draft, DraftRevisions.NONE, preset, remaining, by));
        return new ExportResult(out, remaining);
    }

    /**
     * The 修订稿: the draft laid out as {@link #export} lays it out, with its differences from
     * {@code base} — an earlier version, the copy the leader has — as Word tracked changes signed
     * by {@code by}: text and paragraphs only the draft has inserted, those only {@code base} has
     * deleted where they stood, a paragraph's changed level as a formatting change. Accepting all
     * changes gives the draft, rejecting all gives {@code base}. Word's 修订 is switched on, so
     * that the leader's own edits are tracked as well. Writes {@code out} completely or not at all.
     *
     * @throws IOException when the file cannot be written; see {@link ExportProblem#describe}
     */
    public ExportResult exportRevisions(Draft draft, List<DraftParagraph> base, ExportPreset preset, Authorship by,
                                        Path out) throws IOException {
        List<Placeholder> remaining = RemainingPlaceholders.in(draft);
        DraftRevisions revisions = DraftRevisions.between(base, draft.paragraphs());
        AtomicFileWriter.writeWithoutBackup(out, render(draft, revisions, preset, remaining, by));
        return new ExportResult(out, remaining);
    }

    /**
     * The document's bytes, built in memory so that nothing touches the disk before it is complete.
     *
     * @param revisions the changes to track; {@link DraftRevisions#NONE} for a plain export
     */
    byte[] render(Draft draft, DraftRevisions revisions, ExportPreset preset, List<Placeholder> remaining,
                  Authorship by) throws IOException {
        GridGeometry grid = preset.grid().isSet()
                ? GridGeometry.of(preset.page(), preset.grid(), preset.format(ParagraphLevel.BODY).sizePt())
                : null;
        List<DocxParagraph> paragraphs = DocumentLayout.of(draft.paragraphs(), preset, remaining, revisions);
        CommentThreads comments = CommentThreads.of(draft.comments(), paragraphs);
        DocxPackage docx = new DocxPackage();
        docx.add("docProps/core.xml", DocxPart.CORE_PROPERTIES, PropertiesParts.core(title(draft), by));
        docx.add("docProps/app.xml", DocxPart.EXTENDED_PROPERTIES, PropertiesParts.app());
        List<FooterPart.Footer> footers = FooterPart.footers(preset.pageNumbers());
        docx.add(WORD + "settings.xml", DocxPart.SETTINGS,
                SettingsPart.write(FooterPart.evenPagesDiffer(footers), revisions != DraftRevisions.NONE));
        docx.add(WORD + "styles.xml", DocxPart.STYLES, StylesPart.write(preset, grid, !comments.isEmpty()));
        docx.add(WORD + "fontTable.xml", DocxPart.FONT_TABLE, FontTablePart.write(preset));
        if (!comments.isEmpty()) {
            docx.add(WORD + "comments.xml", DocxPart.COMMENTS, CommentsPart.write(comments.comments()));
            docx.add(WORD + "commentsExtended.xml", DocxPart.COMMENTS_EXTENDED,
                    CommentsExtendedPart.write(comments.comments()));
        }
        List<PageSection.FooterReference> references = new ArrayList<>();
        for (FooterPart.Footer footer : footers) {
            String name = WORD + "footer" + (references.size() + 1) + ".xml";
            String id = docx.add(name, DocxPart.FOOTER, FooterPart.write(preset.pageNumbers(), footer.alignment()));
            references.add(new PageSection.FooterReference(footer, id));
        }
        docx.add(WORD + "document.xml", DocxPart.DOCUMENT,
                DocumentPart.write(paragraphs, preset, grid, references, comments, by));
        return docx.zip();
    }

    /** The draft's details' title, else its title paragraph; shown by Word's 属性. Blank for none. */
    private static String title(Draft draft) {
        String title = draft.meta().title();
        if (!title.isBlank()) {
            return title;
        }
        for (DraftParagraph paragraph : draft.paragraphs()) {
            if (paragraph.level() == ParagraphLevel.TITLE && !paragraph.text().isBlank()) {
                return paragraph.text().strip();
            }
        }
        return "";
    }
}

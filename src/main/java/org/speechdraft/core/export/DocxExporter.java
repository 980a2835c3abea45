package org.speechdraft.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.storage.AtomicFileWriter;

/**
 * Writes a draft as a Word document laid out by a preset: real paragraph styles per level (the
 * navigation pane of Word and WPS shows the outline), Chinese and Latin faces named in styles and
 * runs, the document grid and page numbers as Word writes them, heading markers kept as text.
 * Unfilled placeholders are highlighted. Stateless and thread-safe.
 */
public final class DocxExporter {

    static final String CREATOR = "SpeechDraft";

    static {
    }

    /**
     * Writes {@code out} completely or not at all (temp file in the same folder, then moved into
     * place); an existing file is replaced.
     *
     * @throws IOException when the file cannot be written (full disk, no permission …); turn it
     *                     into a message with {@link ExportProblem#describe}
     */
    public ExportResult export(Draft draft, ExportPreset preset, Path out) throws IOException {
        List<Placeholder> remaining = RemainingPlaceholders.in(draft);
        byte[] bytes = render(draft, preset, remaining);
        AtomicFileWriter.writeWithoutBackup(out, bytes);
        return new ExportResult(out, remaining);
    }

    /** The document's bytes, built in memory so that nothing touches the disk before it is complete. */
    byte[] render(Draft draft, ExportPreset preset, List<Placeholder> remaining) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            GridGeometry grid = preset.grid().isSet()
                    ? GridGeometry.of(preset.page(), preset.grid(), preset.format(ParagraphLevel.BODY).sizePt())
                    : null;
            DocxStyles.install(doc, preset, grid);
            writeParagraphs(doc, draft.paragraphs(), preset, remaining);
            DocxPage.apply(doc, preset, grid);
            describe(doc.getProperties().getCoreProperties(), draft);
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static void writeParagraphs(XWPFDocument doc, List<DraftParagraph> paragraphs, ExportPreset preset,
                                        List<Placeholder> remaining) {
        List<List<Placeholder>> byParagraph = byParagraph(remaining, paragraphs.size());
        int[] runInStarts = RunInHeadings.bodyStarts(paragraphs);
        ParagraphFormat body = preset.format(ParagraphLevel.BODY);
        for (int i = 0; i < paragraphs.size(); i++) {
            DraftParagraph paragraph = paragraphs.get(i);
            XWPFParagraph out = doc.createParagraph();
            String styleId = DocxStyles.styleId(paragraph.level());
            if (styleId != null) {
                out.setStyle(styleId);
            }
            if (runInStarts[i] >= 0) {
                // a heading with its section's text in the same paragraph is not kept with the next one
                out.getCTP().getPPr().addNewKeepNext().setVal(Boolean.FALSE);
            }
            ParagraphFormat format = preset.format(paragraph.level());
            for (Segment segment : Segment.of(paragraph, byParagraph.get(i), runInStarts[i])) {
                RunLook look = segment.runIn() ? runInLook(format, body) : RunLook.fontOnly(format.font());
                if (segment.bold()) {
                    look = look.withBold(true);
                }
                XWPFRun run = out.createRun();
                look.withHighlight(segment.highlight()).writeTo(run.getCTR().addNewRPr(), false);
                run.setText(segment.text());
            }
        }
    }

    /** Body text run into a heading paragraph: the body's face, size and weight. */
    private static RunLook runInLook(ParagraphFormat heading, ParagraphFormat body) {
        return new RunLook(body.font(), heading.sizePt() == body.sizePt() ? null : body.sizePt(),
                heading.bold() == body.bold() ? null : body.bold(), 0, false);
    }

    private static List<List<Placeholder>> byParagraph(List<Placeholder> placeholders, int paragraphs) {
        List<List<Placeholder>> lists = new ArrayList<>(paragraphs);
        for (int i = 0; i < paragraphs; i++) {
            lists.add(new ArrayList<>());
        }
        placeholders.forEach(p -> lists.get(p.paragraph()).add(p));
        return lists;
    }

    /** Title (from the draft's details, else its title paragraph) and creator, shown by Word's 属性. */
    private static void describe(POIXMLProperties.CoreProperties properties, Draft draft) {
        String title = draft.meta().title();
        if (title.isBlank()) {
            title = draft.paragraphs().stream().filter(p -> p.level() == ParagraphLevel.TITLE)
                    .map(DraftParagraph::text).map(String::strip).filter(t -> !t.isEmpty()).findFirst().orElse("");
        }
        if (!title.isBlank()) {
            properties.setTitle(title.strip());
        }
        properties.setCreator(CREATOR);
    }
}

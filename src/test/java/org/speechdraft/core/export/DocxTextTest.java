package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/** Whatever a draft's text holds, the document opens and shows it as typed. */
class DocxTextTest {

    @TempDir
    Path dir;

    private List<String> exportedTexts(Draft draft) throws IOException {
        Path file = dir.resolve("讲话.docx");
        new DocxExporter().export(draft, BuiltInPresets.gongwen(), file);
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            return docx.paragraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void markupCharactersAreTextNotMarkup() throws IOException {
        String text = "R&D投入<同比>增长\"5%\"，A & B 'C'";
        assertEquals(List.of(text), exportedTexts(Draft.of(List.of(DraftParagraph.of(ParagraphLevel.BODY, text)))));
    }

    @Test
    void controlCharactersPastedFromOtherProgramsAreLeftOut() throws IOException {
        String pasted = "加强\u0007组织\u0001领导\uFFFF，压实\uD800责任";
        assertEquals(List.of("加强组织领导，压实责任"),
                exportedTexts(Draft.of(List.of(DraftParagraph.of(ParagraphLevel.BODY, pasted)))));
    }

    @Test
    void charactersOutsideTheBasicPlaneAndSpacesAtTheEdgesAreKept() throws IOException {
        String name = "  请𠀾𡒄同志发言  "; // rare characters of names lie outside the BMP
        assertEquals(List.of(name), exportedTexts(Draft.of(List.of(DraftParagraph.of(ParagraphLevel.BODY, name)))));
    }

    @Test
    void theTitleInTheDocumentPropertiesIsEscapedToo() throws IOException {
        Path file = dir.resolve("讲话.docx");
        Draft draft = new Draft(new DraftMeta("关于<A&B>的讲话", "", "", null),
                List.of(DraftParagraph.of(ParagraphLevel.BODY, "正文")), java.util.Map.of(), List.of());
        new DocxExporter().export(draft, BuiltInPresets.largePrint(), file);
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals("关于<A&B>的讲话", docx.doc.getProperties().getCoreProperties().getTitle());
        }
    }
}

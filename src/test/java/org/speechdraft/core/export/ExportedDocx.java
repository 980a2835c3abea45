package org.speechdraft.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** An exported DOCX read back with POI, with the look-ups the tests need. */
final class ExportedDocx implements AutoCloseable {

    final XWPFDocument doc;

    private ExportedDocx(XWPFDocument doc) {
        this.doc = doc;
    }

    static ExportedDocx read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ExportedDocx(new XWPFDocument(in));
        }
    }

    CTSectPr section() {
        return doc.getDocument().getBody().getSectPr();
    }

    CTStyle style(String id) {
        if (doc.getStyles() == null || doc.getStyles().getStyle(id) == null) {
            throw new AssertionError("no style " + id);
        }
        return doc.getStyles().getStyle(id).getCTStyle();
    }

    CTPPrGeneral paragraphProperties(String styleId) {
        return style(styleId).getPPr();
    }

    CTRPr runProperties(String styleId) {
        return style(styleId).getRPr();
    }

    CTFonts fonts(String styleId) {
        return runProperties(styleId).getRFontsArray(0);
    }

    /** The type size of a style in points. */
    double sizePt(String styleId) {
        return ((BigInteger) runProperties(styleId).getSzArray(0).getVal()).doubleValue() / 2;
    }

    boolean bold(String styleId) {
        return isOn(runProperties(styleId).getBList());
    }

    List<XWPFParagraph> paragraphs() {
        return doc.getParagraphs();
    }

    /** The first paragraph whose text starts with {@code start}. */
    XWPFParagraph paragraph(String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + start));
    }

    /** The run holding {@code text} in that paragraph. */
    static XWPFRun run(XWPFParagraph paragraph, String text) {
        return paragraph.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text + " in " + paragraph.getText()));
    }

    XWPFFooter footer(int index) {
        return doc.getFooterList().get(index);
    }

    static boolean isOn(List<CTOnOff> onOff) {
        if (onOff.isEmpty()) {
            return false;
        }
        Object value = onOff.get(0).getVal();
        return value == null || Boolean.TRUE.equals(value) || "true".equals(value) || "1".equals(value)
                || "on".equals(value);
    }

    static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

}

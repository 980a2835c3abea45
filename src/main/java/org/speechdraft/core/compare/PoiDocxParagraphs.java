package org.speechdraft.core.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.storage.IoProblem;

/**
 * The text of a .docx read with Apache POI, for comparing only: its paragraphs (and those in table
 * cells) in order, cleaned as pasted text is, all as 正文. Files over 50 MB are refused before
 * reading; POI's own limits refuse zip bombs. A stand-in until the DOCX import reads levels too.
 */
public final class PoiDocxParagraphs implements DocxParagraphSource {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    @Override
    public List<DraftParagraph> read(Path docx) throws VersionFileException {
        String name = String.valueOf(docx.getFileName());
        try {
            if (Files.size(docx) > MAX_BYTES) {
                throw new VersionFileException(CompareTexts.get("file.docx.tooLarge", name, MAX_BYTES / 1024 / 1024), null);
            }
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                List<String> lines = new ArrayList<>();
                for (IBodyElement element : doc.getBodyElements()) {
                    collect(element, lines);
                }
                return Draft.fromText(String.join("\n", lines)).paragraphs();
            }
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new VersionFileException(CompareTexts.get("file.docx.oldFormat", name), e);
        } catch (IOException e) {
            throw new VersionFileException(CompareTexts.get("file.unreadable", name, IoProblem.describe(e)), e);
        } catch (RuntimeException e) {
            // POI reports a damaged or fake package (and its zip-bomb limits) with unchecked exceptions.
            throw new VersionFileException(CompareTexts.get("file.docx.damaged", name), e);
        }
    }

    private static void collect(IBodyElement element, List<String> lines) {
        if (element instanceof XWPFParagraph paragraph) {
            lines.add(paragraph.getText());
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(inner -> collect(inner, lines));
                }
            }
        }
    }
}

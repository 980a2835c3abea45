package org.speechdraft.core.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.text.FileTooLargeException;

/**
 * Reads the paragraphs of a Word document (.docx) — text, level from its heading style or outline
 * level, bold and highlighted runs, the markers of Word's automatic numbering ("一、", "（一）") —
 * straight from word/document.xml, word/styles.xml and word/numbering.xml with a
 * StAX parser, not a full document model: fast, small, and with nothing an attacker could use.
 * Hostile files are refused with a message: too large, not a zip, cut short, old binary .doc or
 * encrypted, zip bombs ({@link SafeZip}) and XML entity tricks ({@link SafeXml}). Text boxes,
 * deleted text, field codes and the fallback copies of drawings are left out.
 */
final class DocxReader {

    static final long MAX_FILE_BYTES = 30L * 1024 * 1024;
    /** More than the longest report; a document with more is not a speech. */
    static final int MAX_CHARS = 2_000_000;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int MAX_CAUSES = 8;
    private static final String DOCUMENT = "word/document.xml";
    private static final String STYLES = "word/styles.xml";
    private static final String NUMBERING = "word/numbering.xml";

    /** Reads one part of the document. */
    private interface PartReader<T> {
        T read(InputStream in) throws XMLStreamException;
    }

    List<DraftParagraph> read(Path file) throws ImportException {
        String name = ImportTexts.name(file);
        byte[] head = head(file, name);
        if (startsWith(head, OLE_MAGIC)) {
            throw ImportException.of("docx.oldOrEncrypted", null, name);
        }
        if (!startsWith(head, ZIP_MAGIC)) {
            throw ImportException.of("docx.notDocx", null, name);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry document = zip.getEntry(DOCUMENT);
            if (document == null) {
                throw ImportException.of("docx.notDocx", null, name);
            }
            WordStyles styles = part(zip, STYLES, WordStyles::read, WordStyles.none());
            WordNumbering numbering = part(zip, NUMBERING, WordNumbering::read, WordNumbering.none());
            try (InputStream in = SafeZip.open(zip, document)) {
                return paragraphs(SafeXml.reader(in), styles, new ListMarkers(numbering, styles), name);
            }
        } catch (SafeZip.BombException e) {
            throw ImportException.of("docx.bomb", e, name);
        } catch (ZipException e) {
            throw ImportException.of("docx.damaged", e, name);
        } catch (SafeXml.DeclaredEntitiesException e) {
            throw ImportException.of("docx.entities", e, name);
        } catch (XMLStreamException e) {
            throw isBomb(e) ? ImportException.of("docx.bomb", e, name) : ImportException.of("docx.damaged", e, name);
        } catch (IOException e) {
            throw ImportException.of("docx.damaged", e, name);
        }
    }

    /** An optional part, read through the same guards as the document; {@code absent} when there is none. */
    private static <T> T part(ZipFile zip, String partName, PartReader<T> reader, T absent)
            throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(partName);
        if (entry == null) {
            return absent;
        }
        try (InputStream in = SafeZip.open(zip, entry)) {
            return reader.read(in);
        }
    }

    /** The parser reports the limit our stream hit as its own exception, with ours inside. */
    private static boolean isBomb(XMLStreamException e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++) {
            if (t instanceof SafeZip.BombException) {
                return true;
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException x) {
                next = x.getNestedException();
            }
            t = next;
        }
        return false;
    }

    private static byte[] head(Path file, String name) throws ImportException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                FileTooLargeException tooLarge = new FileTooLargeException(file, size, MAX_FILE_BYTES);
                throw new ImportException(tooLarge.getMessage(), tooLarge);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(ZIP_MAGIC.length);
            }
        } catch (IOException e) {
            throw SpeechImporter.unreadable(file, e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<DraftParagraph> paragraphs(XMLStreamReader reader, WordStyles styles, ListMarkers markers,
            String name) throws XMLStreamException, ImportException {
        DocumentWalk walk = new DocumentWalk(styles, markers);
        int skipDepth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (skipDepth > 0 || isSkipped(reader)) {
                    skipDepth++;
                } else if (WordXml.isW(reader)) {
                    walk.start(reader);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (skipDepth > 0) {
                    skipDepth--;
                } else if (WordXml.isW(reader)) {
                    walk.end(reader.getLocalName());
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && skipDepth == 0) {
                walk.text(reader.getText());
            }
            if (walk.chars > MAX_CHARS) {
                throw ImportException.of("docx.tooMuchText", null, name);
            }
        }
        return walk.paragraphs;
    }

    /**
     * Parts whose text is not the body's: text boxes, deleted text, field codes, drawings' fallback
     * copies; and a tracked change's old paragraph properties (an old numbering, say).
     */
    private static boolean isSkipped(XMLStreamReader reader) {
        String local = reader.getLocalName();
        if (local.equals("Fallback")) {
            return true;
        }
        return WordXml.isW(reader) && (local.equals("txbxContent") || local.equals("delText") || local.equals("instrText")
                || local.equals("footnoteReference") || local.equals("endnoteReference") || local.equals("pPrChange"));
    }

    /** The state of the walk through the document's elements. */
    private static final class DocumentWalk {

        private final WordStyles styles;
        private final ListMarkers markers;
        private final List<DraftParagraph> paragraphs = new ArrayList<>();
        private List<StyledRun> runs = new ArrayList<>();
        private StringBuilder runText = new StringBuilder();
        private String styleId;
        private Integer outline;
        private String numId;
        private Integer numLevel;
        /** Whether the w:p being read has given a paragraph yet: a line break inside it starts another. */
        private boolean continued;
        private boolean inRun;
        private boolean inRunProperties;
        private boolean inText;
        private TextStyle runStyle = TextStyle.EMPTY;
        private long chars;

        DocumentWalk(WordStyles styles, ListMarkers markers) {
            this.styles = styles;
            this.markers = markers;
        }

        void start(XMLStreamReader reader) {
            switch (reader.getLocalName()) {
                case "p" -> {
                    runs = new ArrayList<>();
                    styleId = null;
                    outline = null;
                    numId = null;
                    numLevel = null;
                    continued = false;
                }
                case "pStyle" -> styleId = WordXml.attribute(reader, "val");
                case "outlineLvl" -> outline = inRun ? outline : WordXml.intAttribute(reader, "val");
                case "numId" -> numId = WordXml.attribute(reader, "val");
                case "ilvl" -> numLevel = WordXml.intAttribute(reader, "val");
                case "r" -> {
                    inRun = true;
                    runStyle = TextStyle.EMPTY;
                    runText = new StringBuilder();
                }
                case "rPr" -> inRunProperties = inRun;
                case "b" -> runStyle = inRunProperties ? runStyle.withBold(WordXml.isOn(reader)) : runStyle;
                case "highlight" -> runStyle = inRunProperties
                        ? runStyle.withHighlight(!"none".equals(WordXml.attribute(reader, "val"))) : runStyle;
                case "t" -> inText = inRun;
                case "tab" -> append(inRun ? " " : "");
                case "br", "cr" -> {
                    if (inRun) {
                        flushRun();
                        finishParagraph();
                    }
                }
                default -> { }
            }
        }

        void end(String localName) {
            switch (localName) {
                case "t" -> inText = false;
                case "rPr" -> inRunProperties = false;
                case "r" -> {
                    flushRun();
                    inRun = false;
                }
                case "p" -> finishParagraph();
                default -> { }
            }
        }

        void text(String text) {
            if (inText) {
                append(text);
            }
        }

        private void append(String text) {
            runText.append(text);
            chars += text.length();
        }

        private void flushRun() {
            if (!runText.isEmpty()) {
                runs.add(new StyledRun(runText.toString(), runStyle));
                runText = new StringBuilder();
            }
        }

        private void finishParagraph() {
            if (!continued) {
                numbered();
            }
            continued = true;
            paragraphs.add(new DraftParagraph(styles.level(styleId, outline), runs));
            runs = new ArrayList<>();
        }

        /**
         * Word's marker before the text, as the user would have typed it, unless the text opens with
         * one already. An empty numbered paragraph is counted, as Word counts it, but left empty: a
         * marker alone is no heading and would outlive the removal of blank paragraphs.
         */
        private void numbered() {
            String marker = markers.next(styleId, numId, numLevel);
            String text = text();
            if (marker != null && !text.isBlank() && !ListMarkers.isTyped(marker, text)) {
                runs.add(0, StyledRun.plain(marker));
            }
        }

        private String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }
}

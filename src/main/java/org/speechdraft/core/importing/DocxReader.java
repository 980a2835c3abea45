package org.speechdraft.core.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.text.FileTooLargeException;

/**
 * Reads a Word document (.docx) — text, levels from its styles and its layout, bold and highlighted
 * runs, the markers of Word's automatic numbering ("一、", "（一）"), its 修订 (both versions of the
 * text) and 批注, and a note of everything that did not come in — straight from the parts of the
 * package with a StAX parser, not a full document model: fast, small, and with nothing an attacker
 * could use. Hostile files are refused with a message: too large, not a zip, cut short, old binary
 * .doc or encrypted, zip bombs ({@link SafeZip}) and XML entity tricks ({@link SafeXml}).
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
    private static final String COMMENTS = "word/comments.xml";
    private static final String COMMENTS_EXTENDED = "word/commentsExtended.xml";
    private static final String FOOTNOTES = "word/footnotes.xml";
    private static final String ENDNOTES = "word/endnotes.xml";
    private static final String APP_PROPERTIES = "docProps/app.xml";
    /** docProps/app.xml names the program near its start; more is not read. */
    private static final int MAX_APP_BYTES = 64 * 1024;
    private static final Pattern HEADER_OR_FOOTER =
            Pattern.compile("word/(header|footer)\\d*\\.xml");

    /** Reads one part of the document. */
    private interface PartReader<T> {
        T read(InputStream in) throws XMLStreamException;
    }

    SourceDocument read(Path file) throws ImportException {
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
            WordComments comments = comments(zip);
            WordBodyWalk walk = new WordBodyWalk(styles, new ListMarkers(numbering, styles), comments,
                    part(zip, FOOTNOTES, WordNotes::read, WordNotes.none()),
                    part(zip, ENDNOTES, WordNotes::read, WordNotes.none()), MAX_CHARS);
            WordBodyWalk.Result result;
            try (InputStream in = SafeZip.open(zip, document)) {
                result = walk.walk(SafeXml.reader(in));
            }
            List<ImportNote> notes = new ArrayList<>(result.notes());
            headersAndFooters(zip).ifPresent(notes::add);
            boolean ours = madeByUs(zip);
            List<DraftParagraph> before = layOut(result.original(), ours);
            List<DraftParagraph> after = result.revisions().isEmpty() ? before : layOut(result.revised(), ours);
            return new SourceDocument(before, SourceKind.DOCX, null,
                    new WordExtras(name, after, result.revisions(), comments.comments(), notes));
        } catch (WordBodyWalk.TooMuchTextException e) {
            throw ImportException.of("docx.tooMuchText", null, name);
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

    /** A version's paragraphs with the levels their layout shows; in a document of ours, our placeholder highlight off. */
    private static List<DraftParagraph> layOut(VersionText version, boolean ours) {
        List<DraftParagraph> paragraphs = LayoutLevels.apply(version.paragraphs(), version.layouts());
        return ours ? PlaceholderHighlights.removed(paragraphs) : paragraphs;
    }

    /** Exported by SpeechDraft (docProps/app.xml names it), which highlights unfilled placeholders. */
    private static boolean madeByUs(ZipFile zip) throws IOException {
        ZipEntry app = zip.getEntry(APP_PROPERTIES);
        if (app == null) {
            return false;
        }
        try (InputStream in = SafeZip.open(zip, app)) {
            String xml = new String(in.readNBytes(MAX_APP_BYTES), java.nio.charset.StandardCharsets.UTF_8);
            return xml.contains("<Application>" + PlaceholderHighlights.EXPORTER + "</Application>");
        }
    }

    private static WordComments comments(ZipFile zip) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(COMMENTS);
        if (entry == null) {
            return WordComments.none();
        }
        ZipEntry extended = zip.getEntry(COMMENTS_EXTENDED);
        try (InputStream in = SafeZip.open(zip, entry);
             InputStream ext = extended == null ? null : SafeZip.open(zip, extended)) {
            return WordComments.read(in, ext);
        }
    }

    /** The words of the headers and footers besides page numbers, as one note; none when they have none. */
    private static Optional<ImportNote> headersAndFooters(ZipFile zip) throws IOException, XMLStreamException {
        Set<String> texts = new LinkedHashSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (HEADER_OR_FOOTER.matcher(entry.getName()).matches()) {
                try (InputStream in = SafeZip.open(zip, entry)) {
                    String text = HeaderFooterText.read(in);
                    if (!text.isEmpty()) {
                        texts.add(text);
                    }
                }
            }
        }
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        NoteTally tally = new NoteTally();
        texts.forEach(text -> tally.add(ImportNote.Kind.HEADER_FOOTER, -1, text));
        return Optional.of(tally.notes().get(0));
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
}

package org.speechdraft.core.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.speechdraft.core.cleanup.Cleaner;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.cleanup.CleanupResult;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.TextStructure;
import org.speechdraft.core.placeholder.PlaceholderDetector;
import org.speechdraft.core.storage.IoProblem;
import org.speechdraft.core.text.DecodedText;
import org.speechdraft.core.text.FileTooLargeException;
import org.speechdraft.core.text.TextFiles;

/**
 * 导入: turns a past speech — a text file in any common encoding, a Word document, or pasted
 * text — into a structured draft: read, clean ({@link Cleaner}), then give the paragraphs their
 * levels (title, salutation, headings, closing) from the outline engine, where a Word heading style
 * has not given one already. In two steps for a preview ({@link #read}, then {@link #build} as
 * often as rules are switched), or in one ({@link #importFile}, {@link #importText}). Stateless
 * and thread-safe; a file is read once and not kept open.
 */
public final class SpeechImporter {

    private final Cleaner cleaner = new Cleaner();
    private final TextStructure structure = new TextStructure();
    private final PlaceholderDetector placeholders = new PlaceholderDetector();

    /** Whether a file is read as a Word document (by its name: .docx) rather than as text. */
    public static boolean isWordDocument(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx");
    }

    /**
     * Reads a file as it is, before clean-up.
     *
     * @param encoding for a text file, the encoding to read it in ("reopen as GBK"); null to detect it
     */
    public SourceDocument read(Path file, Charset encoding) throws ImportException {
        if (isWordDocument(file)) {
            return new SourceDocument(new DocxReader().read(file), SourceKind.DOCX, null);
        }
        try {
            if (encoding != null) {
                return SourceDocument.ofText(TextFiles.read(file, encoding), SourceKind.TEXT, encoding);
            }
            DecodedText decoded = TextFiles.readDetected(file);
            return SourceDocument.ofText(decoded.text(), SourceKind.TEXT, decoded.charset());
        } catch (FileTooLargeException e) {
            throw new ImportException(e.getMessage(), e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Only the clean-up of what {@link #read} gave: the text's lines, blank ones kept, for {@code clean} and a preview. */
    public CleanupResult clean(SourceDocument source, CleanupOptions options) {
        return source.kind() == SourceKind.DOCX || source.kind() == SourceKind.DRAFT
                ? cleaner.cleanParagraphs(source.paragraphs(), options)
                : cleaner.clean(source.paragraphs().stream().map(DraftParagraph::text).toList(), options);
    }

    /** Cleans and structures what {@link #read} (or {@link SourceDocument#pasted}) gave. */
    public ImportedSpeech build(SourceDocument source, CleanupOptions options) {
        CleanupResult cleaned = clean(source, options);
        List<DraftParagraph> paragraphs = structured(cleaned.paragraphs());
        String title = paragraphs.stream().filter(p -> p.level() == ParagraphLevel.TITLE).map(p -> p.text().strip())
                .findFirst().orElse("");
        Draft draft = Draft.of(paragraphs).withMeta(new DraftMeta(title, "", "", null));
        return new ImportedSpeech(draft, source, cleaned.report(),
                placeholders.detect(paragraphs.stream().map(DraftParagraph::text).toList()));
    }

    public ImportedSpeech importFile(Path file, Charset encoding, CleanupOptions options) throws ImportException {
        return build(read(file, encoding), options);
    }

    /** Text pasted from a browser, Word or a PDF viewer, offered the same clean-up as a file. */
    public ImportedSpeech importText(String pasted, CleanupOptions options) {
        return build(SourceDocument.pasted(pasted), options);
    }

    /** The non-blank paragraphs with their levels: a Word style's level stays, the others come from the outline engine. */
    private List<DraftParagraph> structured(List<DraftParagraph> cleaned) {
        List<DraftParagraph> paragraphs = new ArrayList<>(cleaned.size());
        for (DraftParagraph p : cleaned) {
            if (!p.isBlank()) {
                paragraphs.add(p);
            }
        }
        List<DraftParagraph> levels = structure.paragraphs(paragraphs.stream().map(DraftParagraph::text).toList());
        List<DraftParagraph> result = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            DraftParagraph p = paragraphs.get(i);
            result.add(p.level() != ParagraphLevel.BODY ? p : p.withLevel(levels.get(i).level()));
        }
        return result;
    }

    static ImportException unreadable(Path file, IOException e) {
        String name = ImportTexts.name(file);
        if (e instanceof NoSuchFileException) {
            return ImportException.of("file.notFound", e, name);
        }
        if (e instanceof AccessDeniedException) {
            return ImportException.of("file.accessDenied", e, name);
        }
        return ImportException.of("file.unreadable", e, name, IoProblem.describe(e));
    }
}

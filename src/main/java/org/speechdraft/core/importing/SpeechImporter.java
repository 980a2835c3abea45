package org.speechdraft.core.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.speechdraft.core.cleanup.Cleaner;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.cleanup.CleanupResult;
import org.speechdraft.core.model.CommentRanges;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftComment;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.outline.HeadingMarker;
import org.speechdraft.core.outline.LeadingMarker;
import org.speechdraft.core.outline.TextStructure;
import org.speechdraft.core.placeholder.PlaceholderDetector;
import org.speechdraft.core.storage.IoProblem;
import org.speechdraft.core.text.DecodedText;
import org.speechdraft.core.text.Excerpt;
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
            return new DocxReader().read(file);
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
        List<ImportNote> flags = new ArrayList<>();
        Structured text = structured(cleaned.paragraphs(), cleaned.origins(), flags);
        List<DraftParagraph> revised = List.of();
        if (source.word().hasRevisions()) {
            CleanupResult after = clean(new SourceDocument(source.word().revised(), source.kind(), null), options);
            revised = structured(after.paragraphs(), after.origins(), new ArrayList<>()).paragraphs();
        }
        return assemble(source, text, revised, flags, cleaned.report());
    }

    /**
     * 不清理，原样打开: the paragraphs as read, without the empty lines between them, with their
     * levels as read; a Word document's comments, revisions and notes as {@link #build} gives them.
     */
    public ImportedSpeech asRead(SourceDocument source) {
        Structured text = nonBlank(source.paragraphs(), indices(source.paragraphs().size()));
        List<DraftParagraph> revised = nonBlank(source.word().revised(), indices(source.word().revised().size()))
                .paragraphs();
        return assemble(source, text, source.word().hasRevisions() ? revised : List.of(), List.of(),
                clean(source, CleanupOptions.none()).report());
    }

    public ImportedSpeech importFile(Path file, Charset encoding, CleanupOptions options) throws ImportException {
        return build(read(file, encoding), options);
    }

    /** Text pasted from a browser, Word or a PDF viewer, offered the same clean-up as a file. */
    public ImportedSpeech importText(String pasted, CleanupOptions options) {
        return build(SourceDocument.pasted(pasted), options);
    }

    /** The draft's paragraphs, each with the number of the source paragraph it came from. */
    private record Structured(List<DraftParagraph> paragraphs, List<Integer> origins) {
    }

    /**
     * The draft around the text: its title, the comments on it, and a marked-up document's revised
     * version as a snapshot to review; the notes placed at the draft's paragraphs.
     */
    private ImportedSpeech assemble(SourceDocument source, Structured text, List<DraftParagraph> revised,
                                    List<ImportNote> flags, org.speechdraft.core.cleanup.CleanupReport report) {
        List<DraftParagraph> paragraphs = text.paragraphs();
        String title = paragraphs.stream().filter(p -> p.level() == ParagraphLevel.TITLE).map(p -> p.text().strip())
                .findFirst().orElse("");
        List<ImportNote> notes = new ArrayList<>();
        for (ImportNote note : source.word().notes()) {
            notes.add(placed(note, text.origins()));
        }
        notes.addAll(flags);
        List<DraftComment> comments = CommentRanges.onText(source.word().comments(), paragraphs);
        for (DraftComment comment : source.word().comments()) {
            if (!comments.contains(comment)) {
                notes.add(new ImportNote(ImportNote.Kind.LOST_COMMENT, -1, false, 1, excerpt(comment)));
            }
        }
        notes.sort(NOTE_ORDER);
        Draft draft = Draft.of(paragraphs).withMeta(new DraftMeta(title, "", "", null)).withComments(comments);
        if (!revised.isEmpty()) {
            draft = draft.withSnapshots(List.of(new Snapshot(ReviewNames.snapshotName(source.word()), Instant.now(),
                    revised, false, source.word().revisions())));
        }
        return new ImportedSpeech(draft, source, report,
                placeholders.detect(paragraphs.stream().map(DraftParagraph::text).toList()), notes);
    }

    /** The document as a whole last; else by place. */
    private static final Comparator<ImportNote> NOTE_ORDER = Comparator
            .comparingInt((ImportNote n) -> n.paragraph() < 0 ? Integer.MAX_VALUE : n.paragraph());

    /** A note at source paragraph {@code n.paragraph()} placed at the draft's paragraph that holds it, or the next one. */
    private static ImportNote placed(ImportNote note, List<Integer> origins) {
        if (note.paragraph() < 0 || origins.isEmpty()) {
            return note.paragraph() < 0 ? note : note.at(-1, false);
        }
        for (int i = 0; i < origins.size(); i++) {
            if (origins.get(i) >= note.paragraph()) {
                return note.at(i, origins.get(i) != note.paragraph());
            }
        }
        return note.at(origins.size() - 1, false);
    }

    private static String excerpt(DraftComment comment) {
        return ImportTexts.get("note.LOST_COMMENT.detail", Excerpt.of(comment.text(), NoteTally.SHOWN_CHARS),
                comment.author());
    }

    /**
     * The non-blank paragraphs with their levels: a level the document gave (a Word style, its
     * layout) stays, the others come from the outline engine — except that a heading marker
     * (一、（一）1.（1）) at the start decides a heading's level over a Word heading style that says
     * otherwise, and a heading style on the title gives way to the title: both are noted in {@code flags}.
     */
    private Structured structured(List<DraftParagraph> cleaned, List<Integer> cleanedOrigins, List<ImportNote> flags) {
        Structured kept = nonBlank(cleaned, cleanedOrigins);
        List<DraftParagraph> paragraphs = kept.paragraphs();
        List<DraftParagraph> levels = structure.paragraphs(paragraphs.stream().map(DraftParagraph::text).toList());
        List<DraftParagraph> result = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            DraftParagraph p = paragraphs.get(i);
            ParagraphLevel found = levels.get(i).level();
            ParagraphLevel level = p.level() == ParagraphLevel.BODY ? found : p.level();
            if (p.level().isHeading() && found != p.level() && overrulesStyle(p.text(), found)) {
                level = found;
                flags.add(new ImportNote(ImportNote.Kind.HEADING_STYLE, i, false, 1, styleOverruled(p, found)));
            }
            result.add(p.withLevel(level));
        }
        return new Structured(result, kept.origins());
    }

    /** A numbered marker at the start of the text makes it a heading at the level it numbers; the title is the title. */
    private static boolean overrulesStyle(String text, ParagraphLevel found) {
        HeadingMarker marker = LeadingMarker.of(text);
        boolean numbered = marker != null && marker.style().isNumbered() && !marker.style().isSeriesStyle();
        return numbered ? found.isHeading() : found == ParagraphLevel.TITLE;
    }

    private static String styleOverruled(DraftParagraph p, ParagraphLevel found) {
        String style = ImportTexts.get("level." + p.level().name());
        HeadingMarker marker = LeadingMarker.of(p.text());
        return marker != null && found.isHeading()
                ? ImportTexts.get("note.HEADING_STYLE.marker", style, marker.text(), ImportTexts.get("level." + found.name()))
                : ImportTexts.get("note.HEADING_STYLE.title", style);
    }

    private static Structured nonBlank(List<DraftParagraph> paragraphs, List<Integer> origins) {
        List<DraftParagraph> kept = new ArrayList<>(paragraphs.size());
        List<Integer> keptOrigins = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!paragraphs.get(i).isBlank()) {
                kept.add(paragraphs.get(i));
                keptOrigins.add(origins.get(i));
            }
        }
        return new Structured(kept, keptOrigins);
    }

    private static List<Integer> indices(int size) {
        List<Integer> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
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

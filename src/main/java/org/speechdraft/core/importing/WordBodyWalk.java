package org.speechdraft.core.importing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.Revision;
import org.speechdraft.core.model.TextStyle;

/**
 * One pass through word/document.xml that builds both versions of a marked-up document at once:
 * the text as it was before the 修订 (inserted text left out, deleted text in) and as it is after
 * them (inserted text in, carrying its revision, deleted text out). Comments mark the text they are
 * on in both. A table becomes one paragraph a row; text boxes, pictures, charts, formulas, notes and
 * hidden text are counted where they stood, for the import report. Field codes, the old properties
 * of format revisions and drawings' fallback copies are passed over.
 */
final class WordBodyWalk {

    static final String CELL_SEPARATOR = " | ";
    /** The placeholder highlight our export writes: it is ours, not the user's. */
    static final String PLACEHOLDER_STYLE = "SdPlaceholder";
    private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String W16DU = "http://schemas.microsoft.com/office/word/2023/wordml/word16du";

    /** What the walk gives. */
    record Result(VersionText original, VersionText revised, List<Revision> revisions, List<ImportNote> notes) {
    }

    private final WordStyles styles;
    private final ListMarkers markers;
    private final WordComments comments;
    private final WordNotes footnotes;
    private final WordNotes endnotes;
    private final long maxChars;

    private final VersionText original = new VersionText();
    private final VersionText revised = new VersionText();
    private final List<Revision> revisions = new ArrayList<>();
    private final NoteTally notes = new NoteTally();
    private int formatRevisions;
    private long chars;

    /** Elements whose content is passed over, counted in depth. */
    private int skipDepth;
    private Embedded embedded;

    // the w:p being read
    private String styleId;
    private Integer outline;
    private String numId;
    private Integer numLevel;
    private ParagraphLayout.Justification justification;
    private Boolean indented;
    private boolean inParagraphProperties;
    private boolean inMarkProperties;
    private String markInserted;
    private String markDeleted;
    private String marker;
    private boolean markerCounted;
    private double largestSize;
    private boolean allBold;
    private String firstFont;

    // the w:r being read
    private boolean inRun;
    private boolean inRunProperties;
    private boolean inText;
    private StringBuilder runText = new StringBuilder();
    private boolean bold;
    private Boolean boldSet;
    private boolean highlight;
    private boolean ourPlaceholder;
    private boolean hidden;
    /** Underlined, italic, coloured, shaded or struck through: a look the draft does not keep. */
    private boolean otherLook;
    private Integer halfPoints;
    private String font;

    private final Deque<String> insertions = new ArrayDeque<>();
    private final Deque<String> deletions = new ArrayDeque<>();
    private final Set<String> activeComments = new HashSet<>();
    private final Set<String> rangedComments = new HashSet<>();

    // tables: rows become paragraphs
    private int tableDepth;
    private int tableStart;
    private int rows;
    private int columns;
    private int cellsInRow;
    private int paragraphsInCell;
    private boolean inRowProperties;
    private final Deque<String> rowRevisions = new ArrayDeque<>();

    WordBodyWalk(WordStyles styles, ListMarkers markers, WordComments comments, WordNotes footnotes,
                 WordNotes endnotes, long maxChars) {
        this.styles = styles;
        this.markers = markers;
        this.comments = comments;
        this.footnotes = footnotes;
        this.endnotes = endnotes;
        this.maxChars = maxChars;
    }

    /** @throws TooMuchTextException past {@code maxChars} characters of text */
    Result walk(XMLStreamReader reader) throws XMLStreamException, TooMuchTextException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(reader);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(reader);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text(reader.getText());
            }
            if (chars > maxChars) {
                throw new TooMuchTextException();
            }
        }
        if (formatRevisions > 0) {
            notes.setCount(ImportNote.Kind.FORMAT_REVISIONS, -1, formatRevisions);
        }
        if (markers.bullets() > 0) {
            notes.setCount(ImportNote.Kind.BULLETS, -1, markers.bullets());
        }
        return new Result(original, revised, revisions, notes.notes());
    }

    /** The document has more text than a speech. */
    static final class TooMuchTextException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private void start(XMLStreamReader reader) {
        if (skipDepth > 0) {
            skipDepth++;
            return;
        }
        if (embedded != null) {
            embedded.start(reader);
            return;
        }
        String ns = reader.getNamespaceURI();
        String local = reader.getLocalName();
        if (MC.equals(ns) && local.equals("Fallback")) {
            skipDepth = 1;
            return;
        }
        if (MATH.equals(ns) && local.equals("oMath")) {
            notes.add(ImportNote.Kind.FORMULA, original.index(), "");
            skipDepth = 1;
            return;
        }
        if (!WordXml.isW(reader)) {
            return;
        }
        if (inParagraphProperties) {
            paragraphProperty(reader, local);
        } else if (inRowProperties) {
            rowProperty(reader, local);
        } else if (inRunProperties) {
            runProperty(reader, local);
        } else {
            element(reader, local);
        }
    }

    private void element(XMLStreamReader reader, String local) {
        switch (local) {
            case "p" -> startParagraph();
            case "pPr" -> inParagraphProperties = true;
            case "r" -> startRun();
            case "rPr" -> inRunProperties = inRun;
            case "t" -> inText = inRun;
            // deleted text belongs to the version before the 修订; outside a deletion it is nobody's
            case "delText" -> inText = inRun && !deletions.isEmpty();
            case "tab", "ptab" -> appendToRun(inRun ? " " : "");
            case "noBreakHyphen" -> appendToRun(inRun ? "-" : "");
            case "sym" -> notes.add(ImportNote.Kind.SYMBOL, original.index(), WordXml.attribute(reader, "font"));
            case "br", "cr" -> {
                if (inRun) {
                    lineBreak("page".equals(WordXml.attribute(reader, "type")));
                }
            }
            case "ins", "moveTo" -> insertions.push(revision(reader, local.equals("ins")
                    ? Revision.Kind.INSERTED : Revision.Kind.MOVED));
            case "del", "moveFrom" -> {
                String id = revision(reader, local.equals("del") ? Revision.Kind.DELETED : Revision.Kind.MOVED);
                deletions.push(id);
                revised.anchorRevision(id);
            }
            case "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblGridChange", "trPrChange", "tcPrChange",
                    "numberingChange" -> {
                formatRevisions++;
                skipDepth = 1;
            }
            case "instrText", "delInstrText", "sectPr" -> skipDepth = 1;
            case "footnoteReference" -> noteReference(reader, ImportNote.Kind.FOOTNOTE, footnotes);
            case "endnoteReference" -> noteReference(reader, ImportNote.Kind.ENDNOTE, endnotes);
            case "commentRangeStart" -> {
                String id = comments.idOf(WordXml.attribute(reader, "id"));
                if (id != null) {
                    activeComments.add(id);
                    rangedComments.add(id);
                }
            }
            case "commentRangeEnd" -> endComment(comments.idOf(WordXml.attribute(reader, "id")));
            case "commentReference" -> {
                String id = comments.idOf(WordXml.attribute(reader, "id"));
                if (id != null && !rangedComments.contains(id)) {
                    endComment(id); // a comment on a point: it lies on the character before (or after)
                }
                skipDepth = 1;
            }
            case "drawing" -> embedded = new Embedded(ImportNote.Kind.SHAPE);
            case "pict" -> embedded = new Embedded(ImportNote.Kind.SHAPE);
            case "object" -> embedded = new Embedded(ImportNote.Kind.OBJECT);
            case "txbxContent" -> embedded = new Embedded(ImportNote.Kind.TEXT_BOX);
            case "altChunk" -> {
                notes.add(ImportNote.Kind.OBJECT, original.index(), "");
                skipDepth = 1;
            }
            case "tbl" -> startTable();
            case "trPr" -> inRowProperties = tableDepth == 1;
            case "tc" -> startCell();
            default -> { }
        }
    }

    private void paragraphProperty(XMLStreamReader reader, String local) {
        switch (local) {
            case "pStyle" -> styleId = WordXml.attribute(reader, "val");
            case "outlineLvl" -> outline = WordXml.intAttribute(reader, "val");
            case "numId" -> numId = WordXml.attribute(reader, "val");
            case "ilvl" -> numLevel = WordXml.intAttribute(reader, "val");
            case "jc" -> justification = ParagraphLayout.Justification.of(WordXml.attribute(reader, "val"));
            case "ind" -> indented = indents(reader);
            case "rPr" -> inMarkProperties = true;
            // the paragraph mark itself inserted or deleted: two paragraphs were one, or will be
            case "ins", "moveTo" -> markInserted = inMarkProperties ? revision(reader, local.equals("ins")
                    ? Revision.Kind.INSERTED : Revision.Kind.MOVED) : markInserted;
            case "del", "moveFrom" -> markDeleted = inMarkProperties ? revision(reader, local.equals("del")
                    ? Revision.Kind.DELETED : Revision.Kind.MOVED) : markDeleted;
            case "pPrChange", "rPrChange", "sectPrChange", "numberingChange" -> {
                formatRevisions++;
                skipDepth = 1;
            }
            case "sectPr" -> skipDepth = 1;
            default -> { }
        }
    }

    private void rowProperty(XMLStreamReader reader, String local) {
        switch (local) {
            case "ins" -> {
                String id = revision(reader, Revision.Kind.INSERTED);
                insertions.push(id);
                rowRevisions.push("ins");
            }
            case "del" -> {
                String id = revision(reader, Revision.Kind.DELETED);
                deletions.push(id);
                revised.anchorRevision(id);
                rowRevisions.push("del");
            }
            case "trPrChange" -> {
                formatRevisions++;
                skipDepth = 1;
            }
            default -> { }
        }
    }

    private void runProperty(XMLStreamReader reader, String local) {
        switch (local) {
            case "b" -> {
                bold = WordXml.isOn(reader);
                boldSet = bold;
            }
            case "highlight" -> highlight = !"none".equals(WordXml.attribute(reader, "val"));
            case "rStyle" -> ourPlaceholder = PLACEHOLDER_STYLE.equals(WordXml.attribute(reader, "val"));
            case "sz" -> halfPoints = WordXml.intAttribute(reader, "val");
            case "rFonts" -> {
                String eastAsia = WordXml.attribute(reader, "eastAsia");
                font = eastAsia != null ? eastAsia : font;
            }
            case "vanish" -> hidden = WordXml.isOn(reader);
            case "u" -> otherLook |= !"none".equals(WordXml.attribute(reader, "val"));
            case "i", "strike", "dstrike" -> otherLook |= WordXml.isOn(reader);
            case "color" -> otherLook |= isColour(WordXml.attribute(reader, "val"));
            case "shd" -> otherLook |= isColour(WordXml.attribute(reader, "fill"));
            case "rPrChange" -> {
                formatRevisions++;
                skipDepth = 1;
            }
            default -> { }
        }
    }

    private void end(XMLStreamReader reader) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (embedded != null) {
            if (embedded.end(reader)) {
                notes.add(embedded.kind(), original.index(), embedded.text());
                embedded = null;
            }
            return;
        }
        if (!WordXml.isW(reader)) {
            return;
        }
        String local = reader.getLocalName();
        if (inParagraphProperties) {
            if (local.equals("rPr")) {
                inMarkProperties = false;
            } else if (local.equals("pPr")) {
                inParagraphProperties = false;
            }
            return;
        }
        if (inRowProperties) {
            inRowProperties = !local.equals("trPr");
            return;
        }
        switch (local) {
            case "t", "delText" -> inText = false;
            case "rPr" -> inRunProperties = false;
            case "r" -> {
                flushRun();
                inRun = false;
            }
            case "ins", "moveTo" -> insertions.poll();
            case "del", "moveFrom" -> deletions.poll();
            case "p" -> endParagraph();
            case "tr" -> endRow();
            case "tbl" -> endTable();
            default -> { }
        }
    }

    private void text(String text) {
        if (skipDepth > 0) {
            return;
        }
        if (embedded != null) {
            embedded.text(text);
        } else if (inText) {
            appendToRun(text);
        }
    }

    // ---- paragraphs ---------------------------------------------------------------------------

    private void startParagraph() {
        if (tableDepth > 0 && paragraphsInCell++ > 0) {
            appendBetween(" "); // a cell's paragraphs are parts of its row's
        }
        styleId = null;
        outline = null;
        numId = null;
        numLevel = null;
        justification = null;
        indented = null;
        markInserted = null;
        markDeleted = null;
        marker = null;
        markerCounted = false;
        largestSize = 0;
        allBold = true;
        firstFont = null;
    }

    private void endParagraph() {
        if (tableDepth > 0) {
            markers.next(styleId, numId, numLevel); // counted as Word counts it, though the row is plain text
            return;
        }
        ParagraphLevel level = styles.level(styleId, outline);
        ParagraphLayout layout = layout();
        countMarker();
        if (markInserted != null) {
            original.continueIntoNextWordParagraph();
        } else {
            finish(original, level, layout, true);
        }
        if (markDeleted != null) {
            revised.anchorRevision(markDeleted);
            revised.continueIntoNextWordParagraph();
        } else {
            finish(revised, level, layout, true);
        }
    }

    /**
     * A line break: in a centred line or a title it only wraps the title (joined again); elsewhere,
     * and always for a page break, what follows is a paragraph of its own.
     */
    private void lineBreak(boolean page) {
        ParagraphLevel level = styles.level(styleId, outline);
        boolean wrapsTitle = justification == ParagraphLayout.Justification.CENTER
                || level == ParagraphLevel.TITLE || level == ParagraphLevel.SUBTITLE;
        if (wrapsTitle && !page) {
            int last = runText.length() > 0 ? runText.charAt(runText.length() - 1) : ' ';
            appendToRun(Character.isLetterOrDigit(last) && last < 0x2E80 ? " " : "");
            return;
        }
        if (tableDepth > 0) {
            appendToRun(" ");
            return;
        }
        flushRun();
        countMarker();
        ParagraphLayout layout = layout();
        if (insertions.isEmpty()) {
            finish(original, level, layout, false);
        }
        if (deletions.isEmpty()) {
            finish(revised, level, layout, false);
        }
    }

    /** Word counts a numbered paragraph once, whichever version it ends up in. */
    private void countMarker() {
        if (!markerCounted) {
            marker = markers.next(styleId, numId, numLevel);
            markerCounted = true;
        }
    }

    private void finish(VersionText version, ParagraphLevel level, ParagraphLayout layout, boolean atEnd) {
        String text = version.paragraphText();
        if (marker != null && version.beganWithWordParagraph() && !text.isBlank() && !ListMarkers.isTyped(marker, text)) {
            version.prependMarker(marker);
        }
        version.endParagraph(level, layout, atEnd);
    }

    private ParagraphLayout layout() {
        WordStyles.Look look = styles.look(styleId);
        ParagraphLayout.Justification jc = justification != null ? justification : look.justification();
        boolean in = indented != null ? indented : Boolean.TRUE.equals(look.indented());
        return new ParagraphLayout(jc, in, largestSize, allBold && largestSize > 0, firstFont);
    }

    /** A colour that is one: not "auto", white fill or black text as Word writes them for plain text. */
    private static boolean isColour(String value) {
        return value != null && !value.equalsIgnoreCase("auto") && !value.equals("000000")
                && !value.equalsIgnoreCase("FFFFFF");
    }

    private static boolean indents(XMLStreamReader reader) {
        WordStyles.LookReader look = new WordStyles.LookReader();
        look.start(reader);
        return Boolean.TRUE.equals(look.look().indented());
    }

    // ---- runs ---------------------------------------------------------------------------------

    private void startRun() {
        inRun = true;
        runText = new StringBuilder();
        bold = false;
        boldSet = null;
        highlight = false;
        ourPlaceholder = false;
        hidden = false;
        otherLook = false;
        halfPoints = null;
        font = null;
    }

    private void appendToRun(String text) {
        runText.append(text);
        chars += text.length();
    }

    /** The run's text into the versions it belongs to, and into the paragraph's layout. */
    private void flushRun() {
        if (runText.isEmpty()) {
            return;
        }
        String text = runText.toString();
        runText = new StringBuilder();
        if (hidden) {
            notes.add(ImportNote.Kind.HIDDEN_TEXT, original.index(), text);
            return;
        }
        noteLayout(text);
        if (otherLook && !text.isBlank()) {
            notes.add(ImportNote.Kind.OTHER_LOOK, -1, text);
        }
        TextStyle style = new TextStyle(bold, highlight && !ourPlaceholder, activeComments, Set.of());
        boolean inserted = !insertions.isEmpty();
        boolean deleted = !deletions.isEmpty();
        if (!inserted) {
            original.append(text, style);
        }
        if (!deleted) {
            revised.append(text, inserted ? style.withRevision(insertions.peek()) : style);
        }
    }

    private void noteLayout(String text) {
        if (text.isBlank()) {
            return;
        }
        WordStyles.Look look = styles.look(styleId);
        Integer size = halfPoints != null ? halfPoints : look.halfPoints();
        largestSize = Math.max(largestSize, size == null ? 0 : size / 2.0);
        boolean isBold = boldSet != null ? boldSet : Boolean.TRUE.equals(look.bold());
        allBold &= isBold;
        if (firstFont == null) {
            firstFont = font != null ? font : look.font();
        }
    }

    /** Text between parts of one paragraph (cells, a cell's paragraphs), in both versions, when there is text before. */
    private void appendBetween(String separator) {
        for (VersionText version : List.of(original, revised)) {
            if (!version.paragraphEmpty()) {
                version.append(separator, TextStyle.EMPTY);
            }
        }
    }

    // ---- revisions, comments, notes -------------------------------------------------------------

    private String revision(XMLStreamReader reader, Revision.Kind kind) {
        String id = "r" + (revisions.size() + 1);
        Instant utc = WordDates.parseUtc(reader.getAttributeValue(W16DU, "dateUtc"));
        revisions.add(new Revision(id, kind, WordXml.attribute(reader, "author"),
                utc != null ? utc : WordDates.parse(WordXml.attribute(reader, "date"))));
        return id;
    }

    private void endComment(String id) {
        if (id == null) {
            return;
        }
        activeComments.remove(id);
        for (VersionText version : List.of(original, revised)) {
            if (!version.hasText(id)) {
                version.anchorComment(id);
            }
        }
    }

    private void noteReference(XMLStreamReader reader, ImportNote.Kind kind, WordNotes texts) {
        notes.add(kind, original.index(), texts.text(WordXml.attribute(reader, "id")));
        skipDepth = 1;
    }

    // ---- tables -------------------------------------------------------------------------------

    private void startTable() {
        tableDepth++;
        if (tableDepth == 1) {
            tableStart = original.index();
            rows = 0;
            columns = 0;
        }
    }

    private void startCell() {
        paragraphsInCell = 0;
        if (tableDepth == 1) {
            cellsInRow++;
            if (cellsInRow > 1) {
                for (VersionText version : List.of(original, revised)) {
                    version.append(CELL_SEPARATOR, TextStyle.EMPTY);
                }
            }
        } else {
            appendBetween(" ");
        }
    }

    private void endRow() {
        if (tableDepth != 1) {
            return;
        }
        for (VersionText version : List.of(original, revised)) {
            version.endParagraph(ParagraphLevel.BODY, ParagraphLayout.PLAIN, true);
        }
        rows++;
        columns = Math.max(columns, cellsInRow);
        cellsInRow = 0;
        while (!rowRevisions.isEmpty()) {
            (rowRevisions.pop().equals("ins") ? insertions : deletions).poll();
        }
    }

    private void endTable() {
        if (tableDepth == 1) {
            notes.add(ImportNote.Kind.TABLE, tableStart, ImportTexts.get("note.table.size", rows, columns));
        }
        tableDepth--;
    }

    /**
     * A drawing, VML picture, embedded object or text box being passed over: what it is (a text box
     * or chart inside a drawing says so) and, for a text box, its text.
     */
    private static final class Embedded {

        private static final String PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture";
        private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        private static final String CHART_EX = "http://schemas.microsoft.com/office/drawing/2014/chartex";
        private static final String DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";

        private ImportNote.Kind kind;
        private final StringBuilder text = new StringBuilder();
        private int depth = 1;
        private int fallbackDepth;
        private boolean inText;

        Embedded(ImportNote.Kind kind) {
            this.kind = kind;
        }

        void start(XMLStreamReader reader) {
            depth++;
            if (fallbackDepth > 0 || (MC.equals(reader.getNamespaceURI()) && reader.getLocalName().equals("Fallback"))) {
                fallbackDepth++;
                return;
            }
            switch (reader.getLocalName()) {
                case "graphicData" -> kind = kind == ImportNote.Kind.TEXT_BOX ? kind : byUri(reader.getAttributeValue(null, "uri"));
                case "txbxContent", "txbx", "textbox" -> kind = kind == ImportNote.Kind.OBJECT ? kind : ImportNote.Kind.TEXT_BOX;
                case "imagedata" -> kind = kind == ImportNote.Kind.SHAPE ? ImportNote.Kind.IMAGE : kind;
                case "t" -> inText = WordXml.isW(reader);
                case "p" -> {
                    if (WordXml.isW(reader) && !text.isEmpty()) {
                        text.append(' ');
                    }
                }
                default -> { }
            }
        }

        /** True when the embedded thing itself ends. */
        boolean end(XMLStreamReader reader) {
            depth--;
            if (fallbackDepth > 0) {
                fallbackDepth--;
            } else if (reader.getLocalName().equals("t")) {
                inText = false;
            }
            return depth == 0;
        }

        void text(String chunk) {
            if (inText && fallbackDepth == 0) {
                text.append(chunk);
            }
        }

        ImportNote.Kind kind() {
            return kind;
        }

        /** A text box's text, for the report; nothing for a picture. */
        String text() {
            return kind == ImportNote.Kind.TEXT_BOX ? text.toString().strip() : "";
        }

        private ImportNote.Kind byUri(String uri) {
            if (uri == null) {
                return kind;
            }
            if (uri.equals(PICTURE)) {
                return ImportNote.Kind.IMAGE;
            }
            if (uri.equals(CHART) || uri.equals(CHART_EX)) {
                return ImportNote.Kind.CHART;
            }
            return uri.equals(DIAGRAM) ? ImportNote.Kind.DIAGRAM : kind;
        }
    }
}

package org.speechdraft.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the 批注 are in a text: the stretch from the first to the last character that carries a
 * comment's id. A comment whose text was deleted is on no range.
 */
public final class CommentRanges {

    /**
     * One comment's place: from character {@code startColumn} of paragraph {@code startParagraph} to
     * character {@code endColumn} (exclusive) of paragraph {@code endParagraph}.
     *
     * @param text the commented text, paragraphs joined by line breaks
     */
    public record Range(String id, int startParagraph, int startColumn, int endParagraph, int endColumn, String text) {
    }

    private CommentRanges() {
    }

    /** The ranges of the comments in {@code paragraphs}, in the order they start. */
    public static List<Range> of(List<DraftParagraph> paragraphs) {
        Map<String, int[]> places = new LinkedHashMap<>(); // id → {startPar, startCol, endPar, endCol}
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            int at = 0;
            for (StyledRun run : paragraphs.get(p).runs()) {
                int end = at + run.text().length();
                for (String id : run.style().comments()) {
                    int[] place = places.get(id);
                    StringBuilder text = texts.computeIfAbsent(id, k -> new StringBuilder());
                    if (place == null) {
                        places.put(id, new int[] {p, at, p, end});
                    } else {
                        if (place[2] != p) {
                            text.append('\n');
                        }
                        place[2] = p;
                        place[3] = end;
                    }
                    text.append(run.text());
                }
                at = end;
            }
        }
        List<Range> ranges = new ArrayList<>(places.size());
        places.forEach((id, place) -> ranges.add(new Range(id, place[0], place[1], place[2], place[3], texts.get(id).toString())));
        return ranges;
    }

    /** The comments of {@code comments} that are on {@code paragraphs}' text. */
    public static List<DraftComment> onText(List<DraftComment> comments, List<DraftParagraph> paragraphs) {
        if (comments.isEmpty()) {
            return comments;
        }
        Set<String> present = new HashSet<>();
        for (DraftParagraph paragraph : paragraphs) {
            for (StyledRun run : paragraph.runs()) {
                present.addAll(run.style().comments());
            }
        }
        return comments.stream().filter(c -> present.contains(c.id())).toList();
    }
}

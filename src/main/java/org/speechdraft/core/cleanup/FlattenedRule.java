package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.outline.FlattenedLines;

/**
 * 拆分压平的段落: a web page that lost its line breaks runs the whole speech into one line — title,
 * "同志们：", every 一、 and （一） section, "谢谢大家！". It is broken again where the outline engine
 * finds that structure ({@link FlattenedLines}).
 */
final class FlattenedRule implements CleanupRule {

    private final FlattenedLines flattened = new FlattenedLines();

    @Override
    public String id() {
        return "flattened";
    }

    @Override
    public List<Line> apply(List<Line> lines, ChangeLog log) {
        List<List<Integer>> cuts = flattened.cuts(lines.stream().map(Line::text).toList());
        List<Line> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (cuts.get(i).isEmpty()) {
                result.add(line);
                continue;
            }
            List<Line> parts = split(line, cuts.get(i));
            log.split(line, parts.stream().map(Line::text).toList());
            result.addAll(parts);
        }
        return result;
    }

    private static List<Line> split(Line line, List<Integer> cuts) {
        List<Line> parts = new ArrayList<>(cuts.size() + 1);
        int from = 0;
        for (int to : cuts) {
            parts.add(line.with(Paragraphs.strippedSlice(line.paragraph(), from, to)));
            from = to;
        }
        DraftParagraph last = Paragraphs.strippedSlice(line.paragraph(), from, line.text().length());
        parts.add(line.with(last));
        return parts.stream().filter(part -> !part.text().isEmpty()).toList();
    }
}

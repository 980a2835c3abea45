package org.speechdraft.core.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftComment;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.StyledRun;

/**
 * The sample speech with 批注: an open one, one with two replies and two lines of text, one
 * spanning two paragraphs, one without a date; one marked done and one whose text was deleted.
 */
final class CommentedSpeech {

    static final Instant MONDAY = Instant.parse("2026-03-02T01:30:00Z");
    static final String THEME = "部署春季农业生产工作";
    static final String SHORT_HEADING = "认清形势";
    static final String SPAN_START = "确保各项措施落到实处。";
    static final String SPAN_END = "谢谢大家";

    private CommentedSpeech() {
    }

    static Draft draft() {
        Draft sample = SampleSpeech.draft();
        List<DraftParagraph> paragraphs = new ArrayList<>(sample.paragraphs());
        mark(paragraphs, "今天召开会议", THEME, "theme");
        mark(paragraphs, "一、认清形势", SHORT_HEADING, "heading");
        mark(paragraphs, "各地要迅速行动", SPAN_START, "span");
        mark(paragraphs, "谢谢大家", SPAN_END, "span");
        mark(paragraphs, "今天召开会议", "下面，我讲两点意见。", "undated");
        mark(paragraphs, "各地要迅速行动", "各地要迅速行动", "done");
        return sample.withParagraphs(paragraphs).withComments(List.of(
                new DraftComment("done", "王处长", MONDAY, "已改。", true, List.of()),
                new DraftComment("heading", "王处长", MONDAY.plusSeconds(60), "标题偏短。\n建议补充。", false, List.of(
                        new DraftComment.Reply("李 明", MONDAY.plusSeconds(3600), "已改为“认清形势、坚定信心”。"),
                        new DraftComment.Reply("王处长", null, "好。"))),
                new DraftComment("span", "张科长", MONDAY.plusSeconds(120), "结尾再有力一些。", false, List.of()),
                new DraftComment("gone", "张科长", MONDAY, "这句删掉了。", false, List.of()),
                new DraftComment("theme", "王处长", MONDAY, "点明会议主题。", false, List.of()),
                new DraftComment("undated", "张科长", null, "可以再具体。", false, List.of())));
    }

    /** The paragraph starting with {@code start}, with {@code text} in it carrying comment {@code id}. */
    private static void mark(List<DraftParagraph> paragraphs, String start, String text, String id) {
        for (int i = 0; i < paragraphs.size(); i++) {
            DraftParagraph paragraph = paragraphs.get(i);
            int from = paragraph.text().indexOf(text);
            if (paragraph.text().startsWith(start) && from >= 0) {
                paragraphs.set(i, marked(paragraph, from, from + text.length(), id));
                return;
            }
        }
        throw new AssertionError("no paragraph " + start + " with " + text);
    }

    private static DraftParagraph marked(DraftParagraph paragraph, int from, int to, String id) {
        List<StyledRun> runs = new ArrayList<>();
        int runStart = 0;
        for (StyledRun run : paragraph.runs()) {
            int runEnd = runStart + run.text().length();
            int a = Math.min(Math.max(from, runStart), runEnd) - runStart;
            int b = Math.min(Math.max(to, runStart), runEnd) - runStart;
            runs.add(new StyledRun(run.text().substring(0, a), run.style()));
            runs.add(new StyledRun(run.text().substring(a, b), run.style().withComment(id)));
            runs.add(new StyledRun(run.text().substring(b), run.style()));
            runStart = runEnd;
        }
        return new DraftParagraph(paragraph.level(), runs);
    }
}

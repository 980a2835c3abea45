package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.TextStructure;

/**
 * 重复标题: a web page shows the title in its header and again above the speech, or a truncated
 * form of it ("市委教育工作领导小组全体会议上" before "在市委教育工作领导小组全体会议上的讲话提纲").
 * Among the short lines before the speech begins (the salutation, the first heading or the first
 * full paragraph), one that is written again later, whole or inside a longer title, goes; the
 * last one, nearest the speech, stays.
 */
final class DuplicateTitleRule extends LineRemovalRule {

    private static final int MAX_TITLE = 60;
    /** A shorter line may be contained in the title by chance ("讲话"). */
    private static final int MIN_CONTAINED = 6;
    private static final int MAX_OPENING_LINES = 20;

    @Override
    public String id() {
        return "duplicate-title";
    }

    @Override
    boolean[] noise(List<String> texts) {
        boolean[] noise = new boolean[texts.size()];
        List<Integer> candidates = new ArrayList<>();
        List<DraftParagraph> structure = new TextStructure().paragraphs(texts);
        for (int i = 0; i < texts.size() && candidates.size() < MAX_OPENING_LINES; i++) {
            String text = texts.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (startsSpeech(structure.get(i).level(), text)) {
                break;
            }
            if (text.length() <= MAX_TITLE && text.chars().noneMatch(c -> c == '。' || c == '！' || c == '？')) {
                candidates.add(i);
            }
        }
        for (int a = 0; a < candidates.size(); a++) {
            String earlier = CjkChars.squeeze(texts.get(candidates.get(a)));
            for (int b = a + 1; b < candidates.size(); b++) {
                String later = CjkChars.squeeze(texts.get(candidates.get(b)));
                if (later.equals(earlier) || (earlier.length() >= MIN_CONTAINED && later.contains(earlier))) {
                    noise[candidates.get(a)] = true;
                    break;
                }
            }
        }
        return noise;
    }

    private static boolean startsSpeech(ParagraphLevel level, String text) {
        return level == ParagraphLevel.SALUTATION || level.isHeading() || text.length() > MAX_TITLE || text.contains("。");
    }
}

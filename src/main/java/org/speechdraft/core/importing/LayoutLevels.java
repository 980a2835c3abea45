package org.speechdraft.core.importing;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * Levels a Word document shows by its layout alone, where no style names them: a title set
 * centred (in 小标宋 二号, or bold) at the top, the centred lines under it, a flush-left 主送机关 or
 * 称呼 ending in "：" after them, and right-aligned 落款 and dates at the end. Paragraphs a style
 * has given a level keep it; the rest is left to the outline engine.
 */
final class LayoutLevels {

    /** 小二 and larger is display type, not body text. */
    static final double TITLE_SIZE_PT = 18;
    private static final int MAX_TITLE = 80;
    private static final int MAX_SALUTATION = 40;
    private static final int MAX_SIGNATURE = 40;

    private LayoutLevels() {
    }

    static List<DraftParagraph> apply(List<DraftParagraph> paragraphs, List<ParagraphLayout> layouts) {
        List<DraftParagraph> out = new ArrayList<>(paragraphs);
        int i = nextNonBlank(out, 0);
        if (i < 0) {
            return out;
        }
        if (isTitle(out.get(i), layouts.get(i), true)) {
            out.set(i, out.get(i).withLevel(ParagraphLevel.TITLE));
            i = nextNonBlank(out, i + 1);
            while (i >= 0 && isTitle(out.get(i), layouts.get(i), false)) {
                out.set(i, out.get(i).withLevel(ParagraphLevel.TITLE));
                i = nextNonBlank(out, i + 1);
            }
            while (i >= 0 && isUnstyled(out.get(i)) && layouts.get(i).centred() && isShort(out.get(i), MAX_TITLE)) {
                out.set(i, out.get(i).withLevel(ParagraphLevel.SUBTITLE));
                i = nextNonBlank(out, i + 1);
            }
        }
        if (i >= 0 && isSalutation(out.get(i), layouts.get(i))) {
            out.set(i, out.get(i).withLevel(ParagraphLevel.SALUTATION));
        }
        for (int j = lastNonBlank(out); j > Math.max(i, 0) && isSignature(out.get(j), layouts.get(j)); j = lastNonBlank(out, j - 1)) {
            out.set(j, out.get(j).withLevel(ParagraphLevel.SIGNATURE));
        }
        return out;
    }

    /**
     * A title line: big (小二 or more), bold or in a title face, and centred — or, the first line,
     * centred or big alone; never a bracketed time line "（2026年…）" or a "——在…" line.
     */
    private static boolean isTitle(DraftParagraph p, ParagraphLayout layout, boolean first) {
        String text = p.text().strip();
        if (!isUnstyled(p) || text.length() > MAX_TITLE || text.startsWith("（") || text.startsWith("(")
                || text.startsWith("—") || text.startsWith("-")) {
            return false;
        }
        boolean big = layout.sizePt() >= TITLE_SIZE_PT;
        boolean marked = big || layout.bold() || layout.inTitleFace();
        return layout.centred() && (marked || first) || first && big && !layout.rightAligned();
    }

    /** Flush left and ending in a colon after the title: 同志们：, 各区县人民政府，市政府各部门： */
    private static boolean isSalutation(DraftParagraph p, ParagraphLayout layout) {
        String text = p.text().strip();
        return isUnstyled(p) && !layout.indented() && !layout.centred() && !layout.rightAligned()
                && isShort(p, MAX_SALUTATION) && (text.endsWith("：") || text.endsWith(":"))
                && !p.text().startsWith(" ") && !p.text().startsWith("\u3000")
                && org.speechdraft.core.outline.LeadingMarker.of(text) == null; // "一、总体要求：" is a heading
    }

    private static boolean isSignature(DraftParagraph p, ParagraphLayout layout) {
        return isUnstyled(p) && layout.rightAligned() && isShort(p, MAX_SIGNATURE);
    }

    /** No style gave it a level. */
    private static boolean isUnstyled(DraftParagraph p) {
        return p.level() == ParagraphLevel.BODY;
    }

    private static boolean isShort(DraftParagraph p, int max) {
        return p.text().strip().length() <= max;
    }

    private static int nextNonBlank(List<DraftParagraph> paragraphs, int from) {
        for (int i = from; i < paragraphs.size(); i++) {
            if (!paragraphs.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(List<DraftParagraph> paragraphs) {
        return lastNonBlank(paragraphs, paragraphs.size() - 1);
    }

    private static int lastNonBlank(List<DraftParagraph> paragraphs, int from) {
        for (int i = from; i >= 0; i--) {
            if (!paragraphs.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}

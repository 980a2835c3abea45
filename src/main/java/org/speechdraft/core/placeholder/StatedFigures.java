package org.speechdraft.core.placeholder;

import java.util.List;

/**
 * Figures written out as numbers with a unit — "投入资金12.5亿元", "新建16所", "达到90%", "2019年" —
 * which a template made from a past speech turns into fields. Only figures a person would update:
 * amounts, counts, shares and years, with a unit after them (and, for units that are also common
 * words such as 人 or 天, a label that starts with a figure word: "完成全市教师5401人"), and whole
 * dates ("2026年3月5日", "2017/8/27"). Ordinals (第3次), a month alone (9月下旬), model numbers,
 * list numbers ("1.") and numbers inside a title 《…40条》 are left as they are.
 */
final class StatedFigures {

    private StatedFigures() {
    }

    static void scan(String text, int paragraph, List<Placeholder> found) {
        int titleDepth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '《') {
                titleDepth++;
            } else if (c == '》') {
                titleDepth = Math.max(0, titleDepth - 1);
            }
            if (FigureChars.isDigit(c) && startsFigure(text, i)) {
                FigureRun run = FigureRuns.read(text, i);
                if (titleDepth == 0) {
                    Placeholder figure = figure(text, run, paragraph);
                    if (figure != null) {
                        found.add(figure);
                    }
                }
                i = Math.max(run.end(), i + 1);
            } else {
                i++;
            }
        }
    }

    /** Not the middle of a number, a code or an ordinal: "3.5" is read whole, "第3", "A3", "1-7月" are not figures. */
    private static boolean startsFigure(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return !FigureChars.isDigit(before) && !FigureChars.isLatinLetter(before) && before != '.' && before != '．'
                && before != '第' && before != '-' && before != '－' && before != '~' && before != '～' && before != '/';
    }

    private static Placeholder figure(String text, FigureRun run, int paragraph) {
        if (run.hasMark(text) || (run.end() < text.length() && isCodeAfter(text, run.end()))) {
            return null;
        }
        if (run.date()) {
            return new Placeholder(text.substring(run.start(), run.end()), PlaceholderKind.DATE, "", "", paragraph,
                    run.start(), run.end(), ContextWindow.around(text, run.start(), run.end()), false);
        }
        MeasureUnit unit = MeasureUnits.read(text, FigureChars.skipGap(text, run.end()));
        if (unit == null) {
            return null;
        }
        PlaceholderKind kind = KindRules.of(text, run, unit);
        if (kind != PlaceholderKind.AMOUNT && kind != PlaceholderKind.COUNT && kind != PlaceholderKind.PERCENT
                && kind != PlaceholderKind.YEAR) {
            return null;
        }
        String label = kind == PlaceholderKind.YEAR ? "" : FigureLabels.before(text, run.start());
        if (kind != PlaceholderKind.YEAR && !unit.strong() && FigureVerbs.labelWordAt(label, 0) == null) {
            return null; // "各1小时", "近3天": a unit that is also a common word needs a figure word (完成, 培训 …) before it
        }
        return new Placeholder(text.substring(run.start(), run.end()), kind, label, unit.text(), paragraph,
                run.start(), run.end(), ContextWindow.around(text, run.start(), run.end()), false);
    }

    /** Letters or a joining mark after the digits make a code ("5G", "3D打印", "G20", "3+2"), not a figure. */
    private static boolean isCodeAfter(String text, int at) {
        char c = text.charAt(at);
        return (FigureChars.isLatinLetter(c) && !MeasureUnits.startsLatinUnit(text, at)) || c == '+' || c == '＋';
    }
}

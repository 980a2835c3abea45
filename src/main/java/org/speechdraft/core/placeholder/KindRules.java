package org.speechdraft.core.placeholder;

/** The kind of a placeholder from its shape and context: the unit after it first, then its shape, then name cues. */
final class KindRules {

    private KindRules() {
    }

    /** @param unit the unit after the run, or null */
    static PlaceholderKind of(CharSequence text, FigureRun run, MeasureUnit unit) {
        if (run.date()) {
            return PlaceholderKind.DATE;
        }
        if (unit != null) {
            return switch (unit.measure()) {
                // 年 after a year-shaped figure is a year (20XX年), and so is a point in a year (XX年底);
                // otherwise it counts years (近XX年).
                case "年", "年度" -> isYearShaped(text, run) || isPointInYear(text, run, unit)
                        ? PlaceholderKind.YEAR : PlaceholderKind.COUNT;
                case "届", "学年" -> startsLikeAYear(text, run) ? PlaceholderKind.YEAR : PlaceholderKind.COUNT;
                default -> unit.kind();
            };
        }
        if (FigureLabels.followsPercentWord(text, run.start())) {
            return PlaceholderKind.PERCENT;
        }
        if (startsLikeAYear(text, run)) {
            return PlaceholderKind.YEAR;
        }
        return NameCues.isName(text, run) ? PlaceholderKind.NAME : PlaceholderKind.UNKNOWN;
    }

    /** "XX年底", "XX年初", "XX年度": the figure names a year, it does not count years. */
    private static boolean isPointInYear(CharSequence text, FigureRun run, MeasureUnit unit) {
        int after = FigureChars.skipGap(text, run.end()) + unit.text().length();
        return unit.measure().equals("年度") || (after < text.length() && "底初末中内".indexOf(text.charAt(after)) >= 0);
    }

    /** Four digits or marks ("XXXX", "201X"), or a century and marks ("20X"). */
    private static boolean isYearShaped(CharSequence text, FigureRun run) {
        return startsLikeAYear(text, run) || (run.length() == 4 && !run.hasDigit(text));
    }

    /** "20XX", "201X", "20x", "19XX", "二〇XX": a known century, the rest to be filled. */
    private static boolean startsLikeAYear(CharSequence text, FigureRun run) {
        if (run.length() == 2) {
            return FigureLabels.followsChineseCentury(text, run.start());
        }
        if (run.length() < 3 || run.length() > 4) {
            return false;
        }
        int century = digit(text.charAt(run.start())) * 10 + digit(text.charAt(run.start() + 1));
        return century == 19 || century == 20;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= '０' && c <= '９' ? c - '０' : -100;
    }
}

package org.speechdraft.core.placeholder;

import java.util.List;

/**
 * Explicit template fields, "{{会议名称}}": a name between double braces. Their kind comes from the
 * unit after them, else from the words of the name (资金 → amount, 人数 → count, 日期 → date …).
 */
final class TemplateFields {

    private static final int LONGEST_NAME = 30;
    static final int NONE = -1;

    /** Words in a field's name that say its kind. */
    private record NameWords(PlaceholderKind kind, List<String> words) {
    }

    /** Tried in this order: "会议时间" is a date before it is a name, "参会人数" a count. */
    private static final List<NameWords> NAME_WORDS = List.of(
            new NameWords(PlaceholderKind.PERCENT, List.of("百分比", "比例", "占比", "增幅", "增速", "率")),
            new NameWords(PlaceholderKind.DATE, List.of("日期", "时间", "月份", "日")),
            new NameWords(PlaceholderKind.YEAR, List.of("年份", "年度")),
            new NameWords(PlaceholderKind.AMOUNT, List.of("金额", "资金", "经费", "投入", "投资", "预算", "收入", "元")),
            new NameWords(PlaceholderKind.COUNT, List.of("数量", "人数", "个数", "面积", "数")),
            new NameWords(PlaceholderKind.NAME, List.of("名称", "姓名", "名字", "单位", "地点", "地名", "会议", "领导", "人")));

    private TemplateFields() {
    }

    /** The end of the field whose "{{" is at {@code at}, or -1 if none starts there. */
    static int endAt(CharSequence text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != '{' || text.charAt(at + 1) != '{') {
            return NONE;
        }
        int limit = Math.min(text.length() - 1, at + 2 + LONGEST_NAME);
        for (int i = at + 2; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '}' && text.charAt(i + 1) == '}') {
                return name(text, at, i + 2).isEmpty() ? NONE : i + 2;
            }
            if (c == '{' || c == '}' || c == '\n' || c == '\r') {
                return NONE;
            }
        }
        return NONE;
    }

    /** The name of the field from {@code start} to {@code end}, without braces and spaces. */
    static String name(CharSequence text, int start, int end) {
        return text.subSequence(start + 2, end - 2).toString().strip();
    }

    /** @param unit the unit after the field, or null */
    static PlaceholderKind kind(String name, MeasureUnit unit) {
        if (unit != null && unit.kind() != PlaceholderKind.UNKNOWN) {
            return unit.kind();
        }
        for (NameWords nameWords : NAME_WORDS) {
            if (nameWords.words().stream().anyMatch(name::contains)) {
                return nameWords.kind();
            }
        }
        return PlaceholderKind.UNKNOWN;
    }
}

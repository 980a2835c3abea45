package org.speechdraft.core.placeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the rows of a two-column table (CSV or spreadsheet) into values: the first column is the
 * key, the second the value, further columns (remarks, sources) are ignored. Heading rows such as
 * 字段 | 数值 or name | value before the first value are skipped, and so are rows without a key or
 * without a value (a figure not sent yet).
 */
final class ValueRows {

    /** Column headings and JSON member names that mean "the key": 字段, 项目, name … */
    private static final Set<String> KEY_NAMES = Set.of("字段", "字段名", "字段名称", "名称", "项目", "项目名称", "指标",
            "指标名称", "数据项", "标签", "占位符", "field", "label", "name", "key", "item");
    /** … and that mean "the value": 数值, 数据, value … */
    private static final Set<String> VALUE_NAMES = Set.of("数值", "数据", "值", "取值", "内容", "填报值", "数字",
            "value", "data");

    private ValueRows() {
    }

    static List<ValueTable.Entry> entries(List<List<String>> rows) {
        List<ValueTable.Entry> entries = new ArrayList<>();
        for (List<String> row : rows) {
            String key = cell(row, 0);
            String value = cell(row, 1);
            if (key.isEmpty() || value.isEmpty() || (entries.isEmpty() && isKeyName(key) && isValueName(value))) {
                continue;
            }
            entries.add(new ValueTable.Entry(key, value));
        }
        return entries;
    }

    static boolean isKeyName(String name) {
        return KEY_NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isValueName(String name) {
        return VALUE_NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
    }
}

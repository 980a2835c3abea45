package org.speechdraft.ui.placeholder;

import java.util.List;
import org.speechdraft.core.placeholder.Placeholder;

/**
 * One line of the 待填数据 panel: a placeholder, or an explicit {{字段}} with all the places it
 * occurs (filled together).
 *
 * @param suspected true for a 疑似缺数 (a figure that seems to have been deleted)
 * @param section   the heading the first occurrence stands under ("" above the first heading)
 */
public record PlaceholderRow(List<Placeholder> occurrences, boolean suspected, String section) {

    public Placeholder first() {
        return occurrences.get(0);
    }

    /** "投入资金 ▸ XX ▸ 亿元". */
    public String summary() {
        return summaryOf(first());
    }

    /** "投入资金 ▸ XX ▸ 亿元" for one placeholder; a field shows just its {{name}}. */
    static String summaryOf(Placeholder p) {
        String shown = p.text().isBlank() ? "＿" : p.text();
        StringBuilder sb = new StringBuilder();
        if (!p.label().isEmpty() && !p.field()) {
            sb.append(p.label()).append(" ▸ ");
        }
        sb.append(shown);
        if (!p.unit().isEmpty()) {
            sb.append(" ▸ ").append(p.unit());
        }
        return sb.toString();
    }

    /** What the value is stored under in the draft: the field's name, or the label and unit. */
    public String valueKey() {
        return first().valueKey();
    }
}

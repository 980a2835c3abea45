package org.speechdraft.ui.template;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.template.TemplateSection;

/**
 * A heading of a template's outline as the preview lists it.
 *
 * @param sectionIndex the level-1 section it belongs to (what 插入此章节 inserts)
 */
public record OutlineRow(TemplateSection section, int sectionIndex) {

    /** Every heading of {@code sections}, depth first, in the order of the text. */
    static List<OutlineRow> of(List<TemplateSection> sections) {
        List<OutlineRow> rows = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            add(sections.get(i), i, rows);
        }
        return rows;
    }

    private static void add(TemplateSection section, int index, List<OutlineRow> rows) {
        rows.add(new OutlineRow(section, index));
        section.children().forEach(child -> add(child, index, rows));
    }

    boolean isTopLevel() {
        return section.depth() == 1;
    }
}

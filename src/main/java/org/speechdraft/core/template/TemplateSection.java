package org.speechdraft.core.template;

import java.util.ArrayList;
import java.util.List;

import org.speechdraft.core.model.ParagraphLevel;

/**
 * A section of a template: a heading paragraph with everything under it up to the next heading of
 * the same or a higher level, or up to the closing remarks (结束语), which belong to no section.
 *
 * @param start    index of the heading paragraph in {@link Template#paragraphs()}
 * @param end      index after the section's last paragraph
 * @param depth    1..4, the heading's level
 * @param heading  the heading's text as written ("一、肯定成绩，正视问题")
 * @param hint     its 写作提示, "" if none
 * @param children the sections one level down, in order
 */
public record TemplateSection(int start, int end, int depth, String heading, String hint,
                              List<TemplateSection> children) {

    public TemplateSection {
        children = List.copyOf(children);
    }

    public int paragraphCount() {
        return end - start;
    }

    /** The level-1 sections of {@code paragraphs}, each with its subsections. */
    static List<TemplateSection> of(List<TemplateParagraph> paragraphs) {
        return within(paragraphs, 0, paragraphs.size(), 1);
    }

    private static List<TemplateSection> within(List<TemplateParagraph> paragraphs, int from, int to, int depth) {
        List<TemplateSection> sections = new ArrayList<>();
        for (int i = from; i < to; i++) {
            TemplateParagraph p = paragraphs.get(i);
            if (p.level().headingDepth() == depth) {
                int end = end(paragraphs, i, to, depth);
                sections.add(new TemplateSection(i, end, depth, p.text(), p.hint(),
                        within(paragraphs, i + 1, end, depth + 1)));
                i = end - 1;
            }
        }
        return sections;
    }

    private static int end(List<TemplateParagraph> paragraphs, int heading, int to, int depth) {
        for (int i = heading + 1; i < to; i++) {
            ParagraphLevel level = paragraphs.get(i).level();
            if ((level.isHeading() && level.headingDepth() <= depth) || level.isEnding()) {
                return i;
            }
        }
        return to;
    }
}

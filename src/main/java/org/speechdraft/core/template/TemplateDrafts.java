package org.speechdraft.core.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.core.outline.OutlineEditor;

/** Drafts from templates and templates from drafts. Stateless. */
public final class TemplateDrafts {

    private final OutlineEditor outlineEditor = new OutlineEditor();
    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();

    /**
     * A new draft from {@code template}: the title from its title pattern, then its outline with
     * the sample paragraphs (hints stay in the gallery). Fields with a default are filled in
     * ({{今年}} → this year …); the others stay {{字段}} for the placeholder panel. The meta gets
     * the title and {@code today} as the date.
     */
    public Draft newDraft(Template template, LocalDate today) {
        Map<String, String> defaults = new HashMap<>();
        for (TemplateField field : template.fields()) {
            if (field.hasDefault()) {
                defaults.put(field.name(), FieldDefaults.resolve(field.defaultValue(), today));
            }
        }
        String title = FieldText.fill(template.titlePattern(), defaults);
        List<DraftParagraph> paragraphs = new ArrayList<>();
        if (!title.isBlank()) {
            paragraphs.add(DraftParagraph.of(ParagraphLevel.TITLE, title));
        }
        template.paragraphs().forEach(p -> paragraphs.add(DraftParagraph.of(p.level(), FieldText.fill(p.text(), defaults))));
        return Draft.of(paragraphs).withMeta(new DraftMeta(title, "", "", today));
    }

    /**
     * {@code draft} with level-1 section {@code sectionIndex} of {@code template} (see
     * {@link Template#sections()}) inserted before paragraph {@code atParagraph} (clamped to the
     * draft), and the numbering rewritten to fit where it landed: between 二、 and 三、 it becomes
     * 三、 and the old 三、 becomes 四、; "讲三点意见" becomes "讲四点意见". Its fields stay {{字段}}.
     * The inserted paragraphs are {@code atParagraph} to {@code atParagraph + section.paragraphCount()}.
     */
    public List<DraftParagraph> insertSection(List<DraftParagraph> draft, int atParagraph, Template template,
                                              int sectionIndex) {
        TemplateSection section = template.sections().get(sectionIndex);
        List<DraftParagraph> doc = new ArrayList<>(draft);
        int at = Math.max(0, Math.min(atParagraph, doc.size()));
        doc.addAll(at, template.paragraphs().subList(section.start(), section.end()).stream()
                .map(p -> DraftParagraph.of(p.level(), p.text()))
                .toList());
        return outlineEditor.renumber(doc);
    }

    /**
     * Where 插入模板章节 puts a section when the caret is in paragraph {@code caretParagraph}, so
     * that no section is split: at the end of the level-1 section the caret is in (before the next
     * level-1 heading or the closing remarks, before blank lines at its end); with the caret above
     * the first section (title, salutation, opening words), before the first section; in a draft
     * without sections, before the closing remarks or at the end.
     */
    public int sectionInsertionPoint(List<DraftParagraph> draft, int caretParagraph) {
        List<Integer> sectionStarts = analyzer.analyzeDraft(draft).headings().stream()
                .filter(h -> h.level() == 1).map(Heading::paragraph).toList();
        int caret = Math.max(0, Math.min(caretParagraph, draft.size()));
        int from = sectionStarts.stream().filter(p -> p <= caret).reduce((a, b) -> b).map(p -> p + 1).orElse(caret);
        int at = from;
        while (at < draft.size() && !sectionStarts.contains(at) && !draft.get(at).level().isEnding()) {
            at++;
        }
        while (at > from && draft.get(at - 1).isBlank()) {
            at--;
        }
        return at;
    }

    /**
     * 存为模板: a template with {@code draft}'s structure. Headings (set as headings, or written as
     * text at the start of a paragraph) are kept; body paragraphs and the closing are kept as
     * samples or dropped; figures still to fill (XX, **, 20XX …) become fields named after their
     * label, and {{字段}} fields are kept. The title becomes the title pattern. The id is a
     * placeholder: the library gives it a free one when saving.
     */
    public Template fromDraft(Draft draft, String name, String category, String description,
                              boolean keepBodyAsSamples) {
        return fromDraft(draft, name, category, description, keepBodyAsSamples, false);
    }

    /**
     * 提取为模板: as {@link #fromDraft(Draft, String, String, String, boolean)}, and with
     * {@code figuresAsFields} the figures a past speech states ("投入资金12.5亿元", "新建16所",
     * "2020年") become fields too, named after their label with their unit after them
     * ("{{投入资金}}亿元"), their old value as the hint ("如：12.5亿元"); one field for the same
     * figure written again.
     */
    public Template fromDraft(Draft draft, String name, String category, String description,
                              boolean keepBodyAsSamples, boolean figuresAsFields) {
        return new TemplateFromDraft(draft, keepBodyAsSamples, figuresAsFields).toTemplate(name, category, description);
    }

    /**
     * 提取为模板, for review before saving: {@code draft} as a template with its figures as fields
     * and its body kept as samples (see {@link TemplateExtraction#withoutSamples()}), without a
     * name yet, and what each field replaced.
     */
    public TemplateExtraction extract(Draft draft) {
        TemplateFromDraft conversion = new TemplateFromDraft(draft, true, true);
        Template template = conversion.toTemplate("", "", "");
        return new TemplateExtraction(template, conversion.originals());
    }
}

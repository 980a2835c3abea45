package org.speechdraft.core.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * 提取为模板 under review: the template made from a past speech (see {@link TemplateDrafts#extract})
 * and what each of its fields took the place of, so that before saving the user can rename a
 * field, change its unit, take it back out (the speech's own figure returns), reword a heading, or
 * leave out the sample paragraphs. Immutable: each edit gives a new extraction.
 *
 * @param template  the template as it stands, sample paragraphs included, without a name yet
 * @param originals field name → the text it replaced ("12.5", "XX"); a field that was already
 *                  written {{字段}} in the draft has none and cannot be taken out
 */
public record TemplateExtraction(Template template, Map<String, String> originals) {

    public TemplateExtraction {
        originals = Map.copyOf(originals);
    }

    /** Whether {@link #withoutField} can put a figure back in place of this field. */
    public boolean canRemove(String fieldName) {
        return originals.containsKey(fieldName);
    }

    /** The field taken out again: wherever it stood, the speech's own text ("12.5", "XX") returns. */
    public TemplateExtraction withoutField(String fieldName) {
        String original = originals.get(fieldName);
        if (original == null) {
            return this;
        }
        String token = FieldText.token(fieldName);
        List<TemplateField> fields = template.fields().stream().filter(f -> !f.name().equals(fieldName)).toList();
        Map<String, String> left = new HashMap<>(originals);
        left.remove(fieldName);
        return new TemplateExtraction(rewritten(text -> text.replace(token, original), fields), left);
    }

    /**
     * The field under another name, in the text too.
     *
     * @throws TemplateException with a message for the user when the name is not valid or taken
     */
    public TemplateExtraction withFieldRenamed(String fieldName, String newName) throws TemplateException {
        String name = newName.strip();
        if (name.equals(fieldName)) {
            return this;
        }
        if (!FieldText.isValidName(name)) {
            throw TemplateException.refused(TemplateTexts.get("validate.badFieldName", name));
        }
        if (template.field(name).isPresent()) {
            throw TemplateException.refused(TemplateTexts.get("validate.duplicateField", name));
        }
        String token = FieldText.token(fieldName);
        List<TemplateField> fields = template.fields().stream()
                .map(f -> f.name().equals(fieldName) ? new TemplateField(name, f.kind(), f.unit(), f.hint(),
                        f.defaultValue()) : f)
                .toList();
        Map<String, String> renamed = new HashMap<>(originals);
        String original = renamed.remove(fieldName);
        if (original != null) {
            renamed.put(name, original);
        }
        return new TemplateExtraction(rewritten(text -> text.replace(token, FieldText.token(name)), fields), renamed);
    }

    /** The field with another unit, in the text after it too ("{{投入资金}}亿元" → "{{投入资金}}万元"). */
    public TemplateExtraction withFieldUnit(String fieldName, String newUnit) {
        TemplateField field = template.field(fieldName).orElse(null);
        String unit = newUnit.strip();
        if (field == null || unit.equals(field.unit())) {
            return this;
        }
        String token = FieldText.token(fieldName);
        List<TemplateField> fields = template.fields().stream()
                .map(f -> f == field ? new TemplateField(f.name(), f.kind(), unit, f.hint(), f.defaultValue()) : f)
                .toList();
        return new TemplateExtraction(rewritten(text -> text.replace(token + field.unit(), token + unit), fields),
                originals);
    }

    /** Paragraph {@code index} of the outline reworded (a heading made general: "一、{{县名}}教育成绩" → "一、肯定成绩"). */
    public TemplateExtraction withParagraphText(int index, String text) {
        List<TemplateParagraph> paragraphs = new ArrayList<>(template.paragraphs());
        TemplateParagraph p = paragraphs.get(index);
        paragraphs.set(index, new TemplateParagraph(p.level(), text.strip(), p.hint(), p.sample()));
        return new TemplateExtraction(withParagraphs(paragraphs, template.fields()), originals);
    }

    /** Without the sample paragraphs (body and closing), and without the fields only they used. */
    public TemplateExtraction withoutSamples() {
        List<TemplateParagraph> outline = template.paragraphs().stream().filter(p -> !p.sample()).toList();
        Set<String> used = new LinkedHashSet<>(FieldText.names(template.titlePattern()));
        outline.forEach(p -> used.addAll(FieldText.names(p.text())));
        List<TemplateField> fields = template.fields().stream().filter(f -> used.contains(f.name())).toList();
        Map<String, String> kept = new HashMap<>(originals);
        kept.keySet().retainAll(used);
        return new TemplateExtraction(withParagraphs(outline, fields), kept);
    }

    private Template rewritten(UnaryOperator<String> edit, List<TemplateField> fields) {
        List<TemplateParagraph> paragraphs = template.paragraphs().stream()
                .map(p -> new TemplateParagraph(p.level(), edit.apply(p.text()), p.hint(), p.sample()))
                .toList();
        return with(edit.apply(template.titlePattern()), fields, paragraphs);
    }

    private Template withParagraphs(List<TemplateParagraph> paragraphs, List<TemplateField> fields) {
        return with(template.titlePattern(), fields, paragraphs);
    }

    private Template with(String titlePattern, List<TemplateField> fields, List<TemplateParagraph> paragraphs) {
        Template t = template;
        return new Template(t.id(), t.name(), t.category(), t.description(), t.keywords(), titlePattern, fields,
                paragraphs, t.source());
    }
}

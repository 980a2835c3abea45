package org.speechdraft.core.template;

import java.util.ArrayList;
import java.util.List;

import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.ParagraphLevelNames;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The template file format, version 1, as plain records apart from the model. The outline is
 * called "outline", not "paragraphs", so that a template is never mistaken for a draft and a draft
 * never for a template. Optional texts (unit, hint, default) are left out when empty.
 */
record TemplateDto(Integer formatVersion, String id, String name, String category, String description,
                   List<String> keywords, String titlePattern, List<FieldDto> fields, List<ParagraphDto> outline) {

    static final String MARKER_FIELD = "outline";

    static TemplateDto of(Template template) {
        return new TemplateDto(TemplateCodec.FORMAT_VERSION, template.id(), template.name(), template.category(),
                template.description(), template.keywords(), template.titlePattern(),
                template.fields().stream().map(FieldDto::of).toList(),
                template.paragraphs().stream().map(ParagraphDto::of).toList());
    }

    /** @return the template, or the reasons (in Chinese) why this is none */
    Template toModel(TemplateSource source, List<String> problems) {
        if (id == null || id.isBlank()) {
            problems.add(TemplateTexts.get("codec.missing", "id"));
        }
        if (name == null || name.isBlank()) {
            problems.add(TemplateTexts.get("codec.missing", "name"));
        }
        List<TemplateField> modelFields = new ArrayList<>();
        for (FieldDto field : orEmpty(fields)) {
            field.toModel(problems, modelFields);
        }
        List<TemplateParagraph> modelParagraphs = new ArrayList<>();
        List<ParagraphDto> paragraphs = orEmpty(outline);
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraphs.get(i).toModel(i + 1, problems, modelParagraphs);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Template(id.strip(), name.strip(), category, description,
                orEmpty(keywords).stream().filter(k -> k != null && !k.isBlank()).toList(),
                titlePattern, modelFields, modelParagraphs, source);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(item -> item != null).toList();
    }

    record FieldDto(String name, String kind,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) String unit,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) String hint,
                    @JsonProperty("default") @JsonInclude(JsonInclude.Include.NON_EMPTY) String defaultValue) {

        static FieldDto of(TemplateField field) {
            return new FieldDto(field.name(), field.kind().id(), field.unit(), field.hint(), field.defaultValue());
        }

        void toModel(List<String> problems, List<TemplateField> into) {
            if (name == null) {
                problems.add(TemplateTexts.get("codec.fieldWithoutName"));
                return;
            }
            // A missing kind is words, the most general; a misspelt one is an error.
            FieldKind modelKind = kind == null ? FieldKind.TEXT : FieldKind.withId(kind).orElse(null);
            if (modelKind == null) {
                problems.add(TemplateTexts.get("codec.unknownKind", name, kind));
                return;
            }
            into.add(new TemplateField(name, modelKind, unit, hint, defaultValue));
        }
    }

    record ParagraphDto(String level, String text,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) String hint,
                        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean sample) {

        static ParagraphDto of(TemplateParagraph paragraph) {
            return new ParagraphDto(ParagraphLevelNames.nameOf(paragraph.level()), paragraph.text(), paragraph.hint(),
                    paragraph.sample());
        }

        /** @param number its 1-based position in the outline, for the message */
        void toModel(int number, List<String> problems, List<TemplateParagraph> into) {
            if (level == null) {
                problems.add(TemplateTexts.get("codec.missingLevel", String.valueOf(number)));
                return;
            }
            ParagraphLevel modelLevel = ParagraphLevelNames.levelNamed(level).orElse(null);
            if (modelLevel == null) {
                problems.add(TemplateTexts.get("codec.unknownLevel", level));
                return;
            }
            into.add(new TemplateParagraph(modelLevel, text, hint, sample));
        }
    }
}

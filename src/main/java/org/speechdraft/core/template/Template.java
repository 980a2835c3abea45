package org.speechdraft.core.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A speech template: the outline of one kind of speech with writing hints, sample paragraphs and
 * the fields ({{会议名称}}, {{投入资金}} …) a draft made from it needs. Immutable.
 *
 * @param id           an ASCII slug ("work-meeting-three-part"), unique in the library; also the file name
 * @param category     the gallery group, e.g. 工作会议, 安全生产
 * @param keywords     extra words to find it by
 * @param titlePattern the speech's title, e.g. "在{{会议名称}}上的讲话"; the outline holds no title paragraph
 * @param paragraphs   the outline: time line, salutation, headings, samples, closing
 * @param source       where it was loaded from; not written to the file
 */
public record Template(String id, String name, String category, String description, List<String> keywords,
                       String titlePattern, List<TemplateField> fields, List<TemplateParagraph> paragraphs,
                       TemplateSource source) {

    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        category = category == null ? "" : category;
        description = description == null ? "" : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        titlePattern = titlePattern == null ? "" : titlePattern;
        fields = fields == null ? List.of() : List.copyOf(fields);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        Objects.requireNonNull(source, "source");
    }

    /** The level-1 sections (一、二、三、 or 一要、二要 …), each with its subsections. */
    public List<TemplateSection> sections() {
        return TemplateSection.of(paragraphs);
    }

    /** The number of level-1 sections: the N of "下面，我讲N点意见", what {@code templates list} reports. */
    public int sectionCount() {
        return (int) paragraphs.stream().filter(p -> p.level().headingDepth() == 1).count();
    }

    public Optional<TemplateField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public boolean isReadOnly() {
        return source.isReadOnly();
    }

    public Template withId(String newId) {
        return new Template(newId, name, category, description, keywords, titlePattern, fields, paragraphs, source);
    }

    public Template withName(String newName) {
        return new Template(id, newName, category, description, keywords, titlePattern, fields, paragraphs, source);
    }

    public Template withSource(TemplateSource newSource) {
        return new Template(id, name, category, description, keywords, titlePattern, fields, paragraphs, newSource);
    }

    /** The same outline with other gallery details (编辑模板信息). */
    public Template withDetails(String newName, String newCategory, String newDescription, List<String> newKeywords) {
        return new Template(id, newName, newCategory, newDescription, newKeywords, titlePattern, fields, paragraphs,
                source);
    }
}

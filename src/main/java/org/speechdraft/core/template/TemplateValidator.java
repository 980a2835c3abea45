package org.speechdraft.core.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.speechdraft.core.model.ParagraphLevel;

/**
 * The rules a template must follow to make a sound draft. Errors make a template unusable; warnings
 * (a field declared but never used) do not.
 */
public final class TemplateValidator {

    /** Problems in Chinese, for the user. */
    public record Result(List<String> errors, List<String> warnings) {

        public Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private TemplateValidator() {
    }

    public static Result check(Template template) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!TemplateIds.isValid(template.id())) {
            errors.add(TemplateTexts.get("validate.badId", template.id()));
        }
        if (template.name().isBlank()) {
            errors.add(TemplateTexts.get("validate.noName"));
        }
        checkLevels(template.paragraphs(), errors);
        checkFields(template, errors, warnings);
        return new Result(errors, warnings);
    }

    /** A level-1 heading first; a heading at most one level below the heading before it; no title paragraph. */
    private static void checkLevels(List<TemplateParagraph> paragraphs, List<String> errors) {
        int previousDepth = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            TemplateParagraph p = paragraphs.get(i);
            if (p.level() == ParagraphLevel.TITLE) {
                errors.add(TemplateTexts.get("validate.titleInOutline", String.valueOf(i + 1)));
            }
            int depth = p.level().headingDepth();
            if (depth > previousDepth + 1) {
                errors.add(TemplateTexts.get("validate.levelJump", String.valueOf(i + 1), p.text(),
                        String.valueOf(depth), String.valueOf(depth - 1)));
            }
            previousDepth = depth > 0 ? depth : previousDepth;
        }
        if (paragraphs.stream().noneMatch(p -> p.level() == ParagraphLevel.HEADING_1)) {
            errors.add(TemplateTexts.get("validate.noHeading"));
        }
    }

    private static void checkFields(Template template, List<String> errors, List<String> warnings) {
        Set<String> declared = new HashSet<>();
        for (TemplateField field : template.fields()) {
            if (!FieldText.isValidName(field.name())) {
                errors.add(TemplateTexts.get("validate.badFieldName", field.name()));
            } else if (!declared.add(field.name())) {
                errors.add(TemplateTexts.get("validate.duplicateField", field.name()));
            }
            for (String token : FieldDefaults.unknownTokens(field.defaultValue())) {
                errors.add(TemplateTexts.get("validate.badDefault", field.name(), FieldText.token(token)));
            }
        }
        Set<String> used = new LinkedHashSet<>(FieldText.names(template.titlePattern()));
        template.paragraphs().forEach(p -> used.addAll(FieldText.names(p.text())));
        for (String name : used) {
            if (!declared.contains(name)) {
                errors.add(TemplateTexts.get("validate.undeclaredField", name));
            }
        }
        for (TemplateField field : template.fields()) {
            if (!used.contains(field.name())) {
                warnings.add(TemplateTexts.get("validate.unusedField", field.name()));
            }
        }
    }
}

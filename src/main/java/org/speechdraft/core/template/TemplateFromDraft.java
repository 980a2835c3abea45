package org.speechdraft.core.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderDetector;
import org.speechdraft.core.placeholder.PlaceholderKind;

/** One conversion of a draft into a template (存为模板); see {@link TemplateDrafts#fromDraft}. */
final class TemplateFromDraft {

    private final PlaceholderDetector detector = new PlaceholderDetector();
    private final Draft draft;
    private final boolean keepBodyAsSamples;
    private final boolean figuresAsFields;
    private final Map<String, TemplateField> fields = new LinkedHashMap<>();
    /** The field made for a written-out figure, by label, value and unit: "2020年" written five times is one field. */
    private final Map<String, String> statedFieldNames = new HashMap<>();
    /** What each new field took the place of in the draft ("12.5", "XX"), so the user can take the field back out. */
    private final Map<String, String> originals = new HashMap<>();

    TemplateFromDraft(Draft draft, boolean keepBodyAsSamples, boolean figuresAsFields) {
        this.draft = draft;
        this.keepBodyAsSamples = keepBodyAsSamples;
        this.figuresAsFields = figuresAsFields;
    }

    Template toTemplate(String name, String category, String description) {
        String titlePattern = withFields(title());
        List<DraftParagraph> paragraphs = draft.paragraphs();
        int[] depths = headingDepths(paragraphs);
        List<TemplateParagraph> outline = new ArrayList<>();
        int previousDepth = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            DraftParagraph p = paragraphs.get(i);
            if (p.isBlank() || p.level() == ParagraphLevel.TITLE) {
                continue;
            }
            if (depths[i] > 0) {
                // a template never skips a level (一、 straight to 1.): the heading moves up to fit
                previousDepth = Math.min(depths[i], previousDepth + 1);
                outline.add(TemplateParagraph.heading(previousDepth, withFields(p.text()), ""));
            } else if (p.level() == ParagraphLevel.SUBTITLE || p.level() == ParagraphLevel.SALUTATION) {
                outline.add(TemplateParagraph.of(p.level(), withFields(p.text())));
            } else if (keepBodyAsSamples) {
                outline.add(new TemplateParagraph(p.level(), withFields(p.text()), "", true));
            }
        }
        return new Template(TemplateIds.USER_BASE, name, category, description, List.of(), titlePattern,
                List.copyOf(fields.values()), outline, TemplateSource.USER);
    }

    private String title() {
        return draft.paragraphs().stream()
                .filter(p -> p.level() == ParagraphLevel.TITLE && !p.isBlank())
                .map(p -> p.text().strip())
                .findFirst()
                .orElse(draft.meta().title());
    }

    /** Each paragraph's heading level: its own if it is a heading paragraph, else that of a heading written at its start. */
    private static int[] headingDepths(List<DraftParagraph> paragraphs) {
        int[] depths = new int[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            depths[i] = paragraphs.get(i).level().headingDepth();
        }
        for (Heading h : new OutlineAnalyzer().analyzeDraft(paragraphs).headings()) {
            DraftParagraph p = paragraphs.get(h.paragraph());
            if (depths[h.paragraph()] == 0 && p.level() == ParagraphLevel.BODY && p.text().substring(0, h.start()).isBlank()) {
                depths[h.paragraph()] = h.level();
            }
        }
        return depths;
    }

    /** {@code text} with every placeholder (and, if chosen, every written-out figure) as a field, each declared once. */
    private String withFields(String text) {
        StringBuilder result = new StringBuilder(text.length() + 16);
        int copied = 0;
        List<Placeholder> stated = figuresAsFields ? detector.detectStatedFigures(text, 0) : List.of();
        List<Placeholder> found = new ArrayList<>(detector.detectIn(text, 0));
        found.addAll(stated);
        found.sort(Comparator.comparingInt(Placeholder::start));
        for (Placeholder p : found) {
            if (p.field()) {
                fields.putIfAbsent(p.label(), field(p.label(), p, ""));
                continue;
            }
            String fieldName = stated.contains(p) ? statedFieldName(p) : newField(p, "");
            result.append(text, copied, p.start()).append(FieldText.token(fieldName));
            copied = p.end();
        }
        return result.append(text, copied, text.length()).toString();
    }

    /** One field for the same figure with the same label; its value in the past speech becomes the hint ("如：12.5亿元"). */
    private String statedFieldName(Placeholder p) {
        String key = (p.kind() == PlaceholderKind.YEAR ? "" : p.label()) + "|" + p.text() + "|" + p.unit();
        String name = statedFieldNames.get(key);
        if (name == null) {
            name = newField(p, TemplateTexts.get("field.statedHint", p.text() + p.unit()));
            statedFieldNames.put(key, name);
        }
        return name;
    }

    private String newField(Placeholder p, String hint) {
        String fieldName = uniqueName(baseName(p));
        fields.put(fieldName, field(fieldName, p, hint));
        originals.put(fieldName, p.text());
        return fieldName;
    }

    /** After {@link #toTemplate}: each field made from the draft's text → the text it replaced. */
    Map<String, String> originals() {
        return Map.copyOf(originals);
    }

    private static TemplateField field(String name, Placeholder p, String hint) {
        return new TemplateField(name, FieldKind.of(p.kind()), p.unit(), hint, "");
    }

    /** The label before it ("投入资金"), else what it is (金额, 年份 …); one character ("在20XX年") says too little. */
    private static String baseName(Placeholder p) {
        if (p.label().codePointCount(0, p.label().length()) >= 2 && FieldText.isValidName(p.label())) {
            return p.label();
        }
        return p.kind() == PlaceholderKind.UNKNOWN ? TemplateTexts.get("field.unnamed") : p.kind().displayName();
    }

    /** 投入资金, then 投入资金2, 投入资金3 … */
    private String uniqueName(String base) {
        if (!fields.containsKey(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!fields.containsKey(base + n)) {
                return base + n;
            }
        }
    }
}

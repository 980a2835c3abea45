package org.speechdraft.core.template;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderDetector;
import org.speechdraft.core.placeholder.PlaceholderReport;
import org.speechdraft.core.storage.AppHome;

/** Every built-in template loads, validates and becomes a draft the outline engine reads back as designed. */
class BuiltinTemplatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path home;

    private static List<Template> builtins() {
        List<LibraryProblem> problems = new ArrayList<>();
        List<Template> templates = BuiltinTemplates.load(new TemplateCodec(), problems);
        assertEquals(List.of(), problems);
        return templates;
    }

    @Test
    void theIndexListsExactlyTheTemplateFilesOfTheTemplatesFolder() throws Exception {
        Path folder = Path.of("templates");
        assertTrue(Files.isDirectory(folder), "templates/ not found from " + Path.of("").toAbsolutePath());
        Set<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.equals(BuiltinTemplates.INDEX))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(BuiltinTemplates.indexedFiles()));
        assertEquals(files.size(), BuiltinTemplates.indexedFiles().size(), "no file listed twice");
    }

    @Test
    void atLeastTwelveDistinctSpeechTypesCoverTheUsualCategories() {
        List<Template> templates = builtins();
        assertTrue(templates.size() >= 12, "only " + templates.size());
        assertEquals(templates.size(), templates.stream().map(Template::id).distinct().count(), "ids unique");
        assertEquals(templates.size(), templates.stream().map(Template::name).distinct().count(), "names unique");
        assertEquals(Set.of("工作会议", "专题会议", "动员表彰", "培训开班", "安全生产", "党风廉政", "调研座谈", "会议讲话通用"),
                templates.stream().map(Template::category).collect(Collectors.toSet()));
        assertTrue(templates.stream().allMatch(t -> t.source() == TemplateSource.BUILTIN));
    }

    @Test
    void aFreshLibraryHasTheBuiltinsAndNoProblems() {
        TemplateLibrary library = TemplateLibrary.load(AppHome.at(home), null);
        assertEquals(List.of(), library.problems());
        assertEquals(builtins().size(), library.all().size());
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltinTemplate() {
        return builtins().stream().map(t -> DynamicTest.dynamicTest(t.id(), () -> checkTemplate(t)));
    }

    private static void checkTemplate(Template t) {
        TemplateValidator.Result validation = TemplateValidator.check(t);
        assertEquals(List.of(), validation.errors());
        assertEquals(List.of(), validation.warnings());
        checkShape(t);
        Draft draft = new TemplateDrafts().newDraft(t, TODAY);
        checkOutline(t, draft);
        checkPlaceholders(t, draft);
    }

    /** A full speech: time line, 同志们：, an opening, 3–5 sections with hints and samples, a closing. */
    private static void checkShape(Template t) {
        List<TemplateParagraph> ps = t.paragraphs();
        assertAll(
                () -> assertEquals(ParagraphLevel.SUBTITLE, ps.get(0).level()),
                () -> assertEquals("同志们：", ps.get(1).text()),
                () -> assertEquals(ParagraphLevel.SALUTATION, ps.get(1).level()),
                () -> assertTrue(ps.get(2).sample() && ps.get(2).level() == ParagraphLevel.BODY, "an opening paragraph"),
                () -> assertEquals(ParagraphLevel.CLOSING, ps.get(ps.size() - 1).level()),
                () -> assertTrue(ps.get(ps.size() - 1).text().endsWith("！"), "the closing ends with a call"),
                () -> assertTrue(t.sectionCount() >= 3 && t.sectionCount() <= 5, "sections: " + t.sectionCount()),
                () -> assertEquals(t.sectionCount(), t.sections().size()),
                () -> assertTrue(t.titlePattern().startsWith("在") && t.titlePattern().contains("讲话"), t.titlePattern()),
                () -> assertFalse(t.description().isBlank()),
                () -> assertTrue(t.keywords().size() >= 3));
        for (TemplateParagraph p : ps) {
            if (p.level().isHeading()) {
                assertFalse(p.hint().isBlank(), "a 写作提示 for " + p.text());
            }
        }
        for (TemplateSection section : t.sections()) {
            long samples = ps.subList(section.start(), section.end()).stream().filter(TemplateParagraph::sample).count();
            assertTrue(samples >= 1, "sample text in " + section.heading());
        }
    }

    /** The outline engine finds exactly the designed headings, at their levels, with no numbering problem. */
    private static void checkOutline(Template t, Draft draft) {
        List<DraftParagraph> paragraphs = draft.paragraphs();
        Outline outline = new OutlineAnalyzer().analyzeDraft(paragraphs);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).level().isHeading()) {
                expected.add(i + ":" + paragraphs.get(i).level().headingDepth());
            }
        }
        List<String> found = new ArrayList<>();
        for (Heading h : outline.headings()) {
            found.add(h.paragraph() + ":" + h.level());
            // the engine ends a heading at "：" (一、总体印象：工作有思路…), and reads its marker
            assertTrue(paragraphs.get(h.paragraph()).text().startsWith(h.label()), h.label());
            assertTrue(h.marker() != null, "numbered: " + h.label());
        }
        assertEquals(expected, found);
        assertEquals(List.of(), outline.problems());
        assertEquals(draft.meta().title(), outline.title());
        assertEquals(TODAY, draft.meta().date());
    }

    /** What the placeholder panel lists is exactly the declared fields without a default. */
    private static void checkPlaceholders(Template t, Draft draft) {
        PlaceholderReport report = new PlaceholderDetector().detect(
                draft.paragraphs().stream().map(DraftParagraph::text).toList());
        Set<String> toFill = t.fields().stream().filter(f -> !f.hasDefault()).map(TemplateField::name)
                .collect(Collectors.toSet());
        assertEquals(toFill, report.placeholders().stream().map(Placeholder::label).collect(Collectors.toSet()));
        assertTrue(report.placeholders().stream().allMatch(Placeholder::field), report.placeholders().toString());
        assertEquals(List.of(), report.suspected());
        assertTrue(draft.paragraphs().stream().noneMatch(p -> p.text().contains("{{今")), "defaults resolved");
        assertTrue(draft.paragraphs().get(1).text().equals("（2026年11月23日）"), draft.paragraphs().get(1).text());
    }
}

package org.speechdraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.template.FieldKind;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateCodec;
import org.speechdraft.core.template.TemplateField;
import org.speechdraft.core.template.TemplateParagraph;
import org.speechdraft.core.template.TemplateSource;

/** {@code templates list|show} and {@code new --template … -o …}, with the user's templates from the app home. */
class TemplatesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String previousHome;
    private Path home;

    @BeforeEach
    void useAFreshHome() {
        previousHome = System.getProperty(AppHome.SYSTEM_PROPERTY);
        home = dir.resolve("home");
        System.setProperty(AppHome.SYSTEM_PROPERTY, home.toString());
    }

    @AfterEach
    void restoreTheHome() {
        if (previousHome == null) {
            System.clearProperty(AppHome.SYSTEM_PROPERTY);
        } else {
            System.setProperty(AppHome.SYSTEM_PROPERTY, previousHome);
        }
    }

    private static Template riverTemplate(String id) {
        return new Template(id, "河长制工作会议讲话", "专题会议", "", List.of("河长制"), "在{{会议名称}}上的讲话",
                List.of(new TemplateField("会议名称", FieldKind.TEXT, "", "", ""),
                        new TemplateField("年份", FieldKind.YEAR, "年", "", "{{今年}}")),
                List.of(TemplateParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                        TemplateParagraph.heading(1, "一、{{年份}}年河湖治理成效", "讲成效"),
                        TemplateParagraph.heading(1, "二、下一步任务", "讲任务")),
                TemplateSource.USER);
    }

    @Test
    void listJsonGivesEveryTemplateWithSourceSectionsAndFields() throws Exception {
        new TemplateCodec().write(AppHome.at(home).templatesDir().resolve("river.json"), riverTemplate("river-chief"));

        CliResult result = CliResult.run("templates", "list", "--json");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        JsonNode list = JSON.readTree(result.out());
        assertEquals(13, list.size());
        JsonNode river = null;
        for (JsonNode node : list) {
            assertEquals(List.of("id", "name", "category", "source", "sections", "fields"),
                    List.copyOf(iterable(node.fieldNames())));
            if (node.get("id").asText().equals("river-chief")) {
                river = node;
            }
        }
        assertEquals("user", river.get("source").asText());
        assertEquals(2, river.get("sections").asInt());
        assertEquals(2, river.get("fields").asInt());
        JsonNode safety = list.findParents("id").stream()
                .filter(n -> n.get("id").asText().equals("work-safety-meeting")).findFirst().orElseThrow();
        assertEquals("builtin", safety.get("source").asText());
        assertEquals("安全生产", safety.get("category").asText());
        assertEquals(3, safety.get("sections").asInt());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    @Test
    void listForReadingHasOneLinePerTemplate() {
        CliResult result = CliResult.run("templates", "list");

        assertEquals(0, result.exitCode());
        List<String> lines = result.out().lines().toList();
        assertEquals(12, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  work-safety-meeting +安全生产工作会议讲话（安全生产，内置，3 个部分，7 个字段）")),
                result.out());
    }

    @Test
    void aBadUserTemplateIsReportedOnStderrAndTheListStillComes() throws Exception {
        Files.createDirectories(AppHome.at(home).templatesDir());
        Files.writeString(AppHome.at(home).templatesDir().resolve("坏.json"), "{");

        CliResult result = CliResult.run("templates", "list", "--json");

        assertEquals(0, result.exitCode());
        assertEquals(12, JSON.readTree(result.out()).size());
        assertTrue(result.err().startsWith("speechdraft: 已跳过：模板文件“坏.json”已损坏"), result.err());
    }

    @Test
    void showPrintsTheOutlineWithHintsAndTheFields() {
        CliResult result = CliResult.run("templates", "show", "leading-group-plenary");

        assertEquals(0, result.exitCode(), result.err());
        String out = result.out();
        assertTrue(out.startsWith("领导小组全体会议讲话  [leading-group-plenary]"), out);
        assertTrue(out.contains("标题：在{{领导小组名称}}全体会议上的讲话"), out);
        assertTrue(out.contains("\n  一要提高认识，增强做好工作的责任感\n    提示："), out);
        assertTrue(out.contains("{{日期}}"), out);
        assertTrue(out.contains("日期，默认：{{今天}}；讲话的日期"), out);
        assertTrue(out.contains("数量，单位：项"), out);
    }

    @Test
    void showAcceptsATemplateFile() throws Exception {
        Path file = dir.resolve("河长制.json");
        new TemplateCodec().write(file, riverTemplate("river-chief"));

        CliResult result = CliResult.run("templates", "show", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("  一、{{年份}}年河湖治理成效\n    提示：讲成效"), result.out());
    }

    @Test
    void anUnknownTemplateOrAWrongCallIsReported() {
        CliResult unknown = CliResult.run("templates", "show", "no-such-template");
        assertEquals(1, unknown.exitCode());
        assertEquals("speechdraft: 找不到编号为“no-such-template”的模板。运行 speechdraft templates list 查看可用的模板。",
                unknown.err().strip());

        for (String[] wrong : List.of(new String[] {"templates"}, new String[] {"templates", "list", "--csv"},
                new String[] {"templates", "show"}, new String[] {"templates", "remove", "x"})) {
            CliResult result = CliResult.run(wrong);
            assertEquals(2, result.exitCode(), String.join(" ", wrong));
            assertTrue(result.err().contains("用法：speechdraft templates list [--json] | show <编号|模板文件.json>"),
                    result.err());
        }
    }

    @Test
    void newCreatesADraftFromALibraryTemplate() throws Exception {
        Path target = dir.resolve("安全讲话.sdraft");

        CliResult result = CliResult.run("new", "--template", "work-safety-meeting", "-o", target.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("已用模板“安全生产工作会议讲话”创建文稿“" + target + "”，有 6 个字段待填。", result.out().strip());
        Draft draft = new DraftCodec().read(target);
        assertEquals("在{{会议名称}}上的讲话", draft.meta().title());
        assertEquals(LocalDate.now(), draft.meta().date());
        DraftParagraph first = draft.paragraphs().get(0);
        assertEquals(ParagraphLevel.TITLE, first.level());
        assertTrue(draft.text().contains("一、清醒认识当前安全生产形势"));
        assertTrue(draft.text().contains("{{事故起数}}起"));
    }

    @Test
    void newAcceptsATemplateFileAndNeverOverwrites() throws Exception {
        Path template = dir.resolve("河长制.json");
        new TemplateCodec().write(template, riverTemplate("river-chief"));
        Path target = Files.writeString(dir.resolve("已有.sdraft"), "留着");

        CliResult refused = CliResult.run("new", "-t", template.toString(), "-o", target.toString());
        CliResult created = CliResult.run("new", "-o", dir.resolve("新.sdraft").toString(), "-t", template.toString());

        assertEquals(1, refused.exitCode());
        assertEquals("speechdraft: 文件“" + target + "”已存在，不会覆盖。请换一个文件名。", refused.err().strip());
        assertEquals("留着", Files.readString(target));
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(new DraftCodec().read(dir.resolve("新.sdraft")).text().contains("一、" + LocalDate.now().getYear() + "年河湖治理成效"));
    }

    @Test
    void newReportsBadTemplatesAndWrongCalls() throws Exception {
        Path broken = Files.writeString(dir.resolve("坏模板.json"), "{\"formatVersion\": 7, \"outline\": []}");
        Path target = dir.resolve("x.sdraft");

        CliResult future = CliResult.run("new", "--template", broken.toString(), "-o", target.toString());
        assertEquals(1, future.exitCode());
        assertTrue(future.err().contains("模板文件“坏模板.json”由更新版本的“讲稿”创建"), future.err());
        assertFalse(Files.exists(target));

        assertEquals(1, CliResult.run("new", "--template", "no-such-template", "-o", target.toString()).exitCode());
        assertEquals(2, CliResult.run("new", "--template", "work-safety-meeting").exitCode());
        assertEquals(2, CliResult.run("new", "-o", target.toString()).exitCode());
        assertEquals(2, CliResult.run("new", "work-safety-meeting", target.toString()).exitCode());
        assertEquals(2, CliResult.run("new", "--template", "work-safety-meeting", "-o").exitCode());
        CliResult txt = CliResult.run("new", "--template", "work-safety-meeting", "-o", dir.resolve("x.txt").toString());
        assertEquals(2, txt.exitCode());
        assertTrue(txt.err().contains("应以 .sdraft 结尾"), txt.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void theHelpListsBothCommands() {
        String help = CliResult.run("--help").out();
        assertTrue(help.contains("templates list [--json] | show <编号|模板文件.json>"), help);
        assertTrue(help.contains("new --template <编号|模板文件.json> -o <文稿.sdraft>"), help);
    }
}

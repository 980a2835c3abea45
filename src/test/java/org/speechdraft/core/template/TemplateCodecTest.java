package org.speechdraft.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.model.Draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TemplateCodecTest {

    private final TemplateCodec codec = new TemplateCodec();

    @TempDir
    Path dir;

    @Test
    void aWrittenTemplateReadsBackTheSame() throws Exception {
        Template template = TemplateFixtures.workMeeting();
        Path file = dir.resolve("water-meeting.json");

        codec.write(file, template);

        assertEquals(template, codec.read(file, TemplateSource.USER));
        assertEquals(template.withSource(TemplateSource.SHARED), codec.read(file, TemplateSource.SHARED),
                "the source is where it is read from, not part of the file");
    }

    @Test
    void theFileIsReadableVersionedJsonWithOptionalPartsLeftOut() throws Exception {
        Path file = dir.resolve("t.json");
        codec.write(file, TemplateFixtures.workMeeting());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(text);

        assertTrue(text.startsWith("{\n  \"formatVersion\": 1,"), text);
        assertTrue(text.contains("\"titlePattern\": \"在{{会议名称}}上的讲话\""), "Chinese as it is");
        assertEquals("heading2", json.at("/outline/4/level").asText());
        assertEquals("{{今天}}", json.at("/fields/0/default").asText());
        assertEquals("amount", json.at("/fields/3/kind").asText());
        assertFalse(json.at("/fields/1").has("unit"), "empty parts are left out");
        assertFalse(json.at("/outline/0").has("sample"));
        assertTrue(json.at("/outline/2/sample").asBoolean());
        assertFalse(json.has("source"));
    }

    @Test
    void aTemplateFromANewerVersionIsRefusedWithAClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("新模板.json"),
                "{\"formatVersion\": 3, \"id\": \"x\", \"name\": \"新\", \"outline\": [], \"newThing\": true}");

        TemplateException e = assertThrows(TemplateException.class, () -> codec.read(file, TemplateSource.USER));

        assertTrue(e.getMessage().contains("模板文件“新模板.json”由更新版本的“讲稿”创建（格式版本 3）"), e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void brokenJsonNamesTheFileAndThePlace() throws Exception {
        Path file = Files.writeString(dir.resolve("坏模板.json"), "{\"formatVersion\": 1, \"outline\": [\n  {\"level\": ");

        TemplateException e = assertThrows(TemplateException.class, () -> codec.read(file, TemplateSource.USER));

        assertTrue(e.getMessage().startsWith("模板文件“坏模板.json”已损坏"), e.getMessage());
        assertTrue(e.getMessage().contains("第 2 行"), e.getMessage());
    }

    @Test
    void missingPartsUnknownLevelsAndKindsAreListedTogether() {
        String json = "{\"formatVersion\": 1, \"name\": \" \", \"fields\": [{\"name\": \"金额\", \"kind\": \"money\"}],"
                + " \"outline\": [{\"level\": \"heading9\", \"text\": \"一、\"}, {\"text\": \"无级别\"}]}";

        TemplateException e = assertThrows(TemplateException.class,
                () -> codec.decode(json.getBytes(StandardCharsets.UTF_8), Path.of("缺项.json"), TemplateSource.USER));

        assertEquals("模板文件“缺项.json”有误，无法使用：缺少“id”；缺少“name”；"
                + "字段“金额”的类型“money”无法识别（可用 amount、count、percent、year、date、text）；"
                + "无法识别的段落级别“heading9”；提纲第 2 段缺少级别。", e.getMessage());
    }

    @Test
    void aDraftIsNotATemplateAndATemplateIsNotADraft() throws Exception {
        Path draft = dir.resolve("讲话.sdraft");
        new DraftCodec().write(draft, Draft.empty());
        Path template = dir.resolve("模板.json");
        codec.write(template, TemplateFixtures.workMeeting());

        TemplateException e = assertThrows(TemplateException.class, () -> codec.read(draft, TemplateSource.USER));
        assertTrue(e.getMessage().contains("不是“讲稿”的模板文件"), e.getMessage());
        DraftFileException d = assertThrows(DraftFileException.class, () -> new DraftCodec().read(template));
        assertEquals(DraftFileException.Reason.NOT_A_DRAFT, d.reason());
    }

    @Test
    void aMissingFileIsNamed() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> codec.read(dir.resolve("没有.json"), TemplateSource.USER));
        assertTrue(e.getMessage().startsWith("找不到模板文件“没有.json”"), e.getMessage());
    }

    @Test
    void anInvalidTemplateIsNeitherWrittenNorRead() throws Exception {
        Template undeclared = TemplateFixtures.workMeeting().withName("");
        Path file = dir.resolve("t.json");

        TemplateException e = assertThrows(TemplateException.class, () -> codec.write(file, undeclared));

        assertTrue(e.getMessage().contains("模板名称为空"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void theValidatorChecksIdsHeadingsLevelsAndFields() {
        Template good = TemplateFixtures.workMeeting();
        assertTrue(TemplateValidator.check(good).isValid());

        Template bad = new Template("Water Meeting", "水利", "工作会议", "", List.of(), "在{{会议}}上的讲话",
                List.of(new TemplateField("投入资金", FieldKind.AMOUNT, "万元", "", ""),
                        new TemplateField("投入资金", FieldKind.AMOUNT, "万元", "", ""),
                        new TemplateField("{坏}", FieldKind.TEXT, "", "", ""),
                        new TemplateField("年份", FieldKind.YEAR, "", "", "{{后年}}"),
                        new TemplateField("没用到", FieldKind.TEXT, "", "", "")),
                List.of(TemplateParagraph.of(ParagraphLevel.TITLE, "在会议上的讲话"),
                        TemplateParagraph.heading(3, "1.工作", ""),
                        TemplateParagraph.sample("投入资金{{投入资金}}万元，{{年份}}年。")),
                TemplateSource.USER);
        TemplateValidator.Result result = TemplateValidator.check(bad);

        assertEquals(List.of(
                "编号“Water Meeting”无效：只能使用小写英文字母、数字和连字符（-），最长 64 个字符",
                "提纲第 1 段是标题段落；讲话标题应写在标题格式中",
                "提纲第 2 段“1.工作”是3级标题，但它前面没有2级标题",
                "提纲中没有一级标题",
                "字段“投入资金”重复定义",
                "字段名“{坏}”无效：不能为空，不能有花括号或首尾空格，最长 30 个字",
                "字段“年份”的默认值中的“{{后年}}”无法识别（可用 {{今年}}、{{去年}}、{{明年}}、{{今天}}）",
                "用到了没有定义的字段“会议”"), result.errors());
        assertEquals(List.of("字段“{坏}”已定义，但提纲和标题中都没有用到", "字段“没用到”已定义，但提纲和标题中都没有用到"),
                result.warnings());
    }

    @Test
    void sectionsAreTheHeadingsWithEverythingUnderThemUpToTheClosing() {
        List<TemplateSection> sections = TemplateFixtures.workMeeting().sections();

        assertEquals(3, sections.size());
        TemplateSection first = sections.get(0);
        assertEquals("一、回顾{{年份}}年工作", first.heading());
        assertEquals("讲成绩", first.hint());
        assertEquals(3, first.start());
        assertEquals(7, first.end());
        assertEquals(List.of("（一）水利建设", "（二）河道治理"), first.children().stream().map(TemplateSection::heading).toList());
        assertEquals(6, first.children().get(0).end());
        assertEquals(11, sections.get(2).end(), "the closing belongs to no section");
        assertEquals(2, sections.get(2).paragraphCount());
    }
}

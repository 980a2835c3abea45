package org.speechdraft.core.storage;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import java.time.Instant;
import org.speechdraft.core.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.DraftFileException.Reason;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DraftCodecTest {

    private final DraftCodec codec = new DraftCodec();

    @TempDir
    Path dir;

    @Test
    void savedDraftOpensExactlyAsItWas() throws Exception {
        Draft speech = SampleDrafts.fullSpeech();
        Path file = dir.resolve("经济工作会议讲话" + DraftCodec.EXTENSION);

        codec.write(file, speech);

        assertEquals(speech, codec.read(file));
    }

    @Test
    void commentsAndAReviewedVersionOpenExactlyAsTheyWereSaved() throws Exception {
        Draft marked = SampleDrafts.annotatedSpeech();
        Path file = dir.resolve("修改稿" + DraftCodec.EXTENSION);

        codec.write(file, marked);

        assertEquals(marked, codec.read(file));
        assertEquals(2, new ObjectMapper().readTree(file.toFile()).get("formatVersion").asInt());
    }

    @Test
    void aDraftWithoutCommentsOrRevisionsIsWrittenInTheFormatThePreviousReleaseOpens() throws Exception {
        JsonNode json = new ObjectMapper().readTree(codec.encode(SampleDrafts.fullSpeech()));

        assertEquals(1, json.get("formatVersion").asInt());
        assertEquals(false, json.has("comments"));
    }

    @Test
    void sampleCoversEveryParagraphLevel() {
        Set<ParagraphLevel> used = SampleDrafts.fullSpeech().paragraphs().stream()
                .map(DraftParagraph::level).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(ParagraphLevel.class), used);
    }

    @Test
    void draftWithoutDateOrExtrasRoundTrips() throws Exception {
        Draft plain = Draft.of(List.of(DraftParagraph.of(ParagraphLevel.BODY, "同志们好。")))
                .withMeta(new DraftMeta("", "", "", null));

        assertEquals(plain, codec.decode(codec.encode(plain)));
        assertEquals(Draft.empty(), codec.decode(codec.encode(Draft.empty())));
    }

    @Test
    void fileIsReadableJsonWithVersionAndLiteralChinese() throws Exception {
        Path file = dir.resolve("讲话.sdraft");
        codec.write(file, SampleDrafts.fullSpeech());

        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(text);

        assertAll(
                () -> assertTrue(text.contains("一、肯定成绩，正视问题"), "Chinese written as-is"),
                () -> assertTrue(text.contains("累计投入资金XX亿元")),
                () -> assertFalse(text.contains("\\u"), "no \\u escapes"),
                () -> assertTrue(text.contains("\n  \"formatVersion\": 1,"), "pretty-printed"),
                () -> assertEquals(1, json.get("formatVersion").asInt()),
                () -> assertEquals("SpeechDraft", json.get("generator").asText()),
                () -> assertEquals("2024-01-15", json.at("/meta/date").asText()),
                () -> assertEquals("张市长", json.at("/meta/speaker").asText()),
                () -> assertEquals("heading1", json.at("/paragraphs/3/level").asText()),
                () -> assertEquals("120", json.at("/placeholderValues/投入资金").asText()),
                () -> assertEquals("初稿", json.at("/snapshots/0/name").asText()),
                () -> assertEquals("2024-01-10T08:30:00.123456789Z", json.at("/snapshots/0/takenAt").asText()));
    }

    @Test
    void anAutomaticSnapshotIsMarkedAsSuchAndTheUsersAreNot() throws Exception {
        Draft draft = SampleDrafts.fullSpeech();
        Snapshot automatic = new Snapshot("自动：导入数据前 14:05", Instant.parse("2024-01-11T06:05:00Z"),
                draft.paragraphs(), true);
        Draft withBoth = new Draft(draft.meta(), draft.paragraphs(), draft.placeholderValues(),
                List.of(draft.snapshots().get(0), automatic));

        JsonNode snapshots = new ObjectMapper().readTree(codec.encode(withBoth)).get("snapshots");

        assertEquals(withBoth, codec.decode(codec.encode(withBoth)));
        assertFalse(snapshots.get(0).has("automatic"), "a file from before automatic snapshots reads the same");
        assertTrue(snapshots.get(1).get("automatic").asBoolean());
    }

    @Test
    void styleFlagsAreWrittenOnlyWhenSet() throws Exception {
        JsonNode runs = new ObjectMapper().readTree(codec.encode(SampleDrafts.fullSpeech())).at("/paragraphs/7/runs");

        JsonNode plain = runs.get(0);
        JsonNode boldHighlighted = runs.get(1);
        JsonNode highlighted = runs.get(3);
        assertAll(
                () -> assertEquals(List.of("text"), fieldNames(plain)),
                () -> assertEquals(List.of("text", "bold", "highlight"), fieldNames(boldHighlighted)),
                () -> assertEquals(List.of("text", "highlight"), fieldNames(highlighted)));
    }

    @Test
    void emptyParagraphIsStoredWithoutRunsAndMayOmitThem() throws Exception {
        JsonNode empty = new ObjectMapper().readTree(codec.encode(SampleDrafts.fullSpeech())).at("/paragraphs/8");
        assertEquals(0, empty.get("runs").size());

        Draft read = codec.decode(utf8("""
                {"formatVersion": 1, "paragraphs": [{"level": "body"}, {"level": "closing", "runs": []}]}"""));

        assertEquals(List.of(DraftParagraph.of(ParagraphLevel.BODY, ""), DraftParagraph.of(ParagraphLevel.CLOSING, "")),
                read.paragraphs());
    }

    @Test
    void unknownPropertiesAndMissingOptionalPartsAreFine() throws Exception {
        Draft read = codec.decode(utf8("""
                {
                  "formatVersion": 1,
                  "addedInALaterRelease": {"anything": [1, 2, 3]},
                  "paragraphs": [
                    {"level": "title", "runs": [{"text": "讲话", "fontColour": "red"}], "comment": "某处长意见"}
                  ]
                }"""));

        assertEquals(Draft.of(List.of(DraftParagraph.of(ParagraphLevel.TITLE, "讲话"))), read);
    }

    @Test
    void byteOrderMarkFromWindowsEditorsIsAccepted() throws Exception {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, codec.encode(SampleDrafts.fullSpeech()));

        assertEquals(SampleDrafts.fullSpeech(), codec.decode(withBom));
    }

    @Test
    void newerFormatIsRefusedNamingTheVersionAndTheFile() throws Exception {
        Path file = dir.resolve("新版讲话.sdraft");
        Files.writeString(file, """
                {"formatVersion": 3, "paragraphs": "whatever version 3 looks like"}""");

        DraftFileException e = assertThrows(DraftFileException.class, () -> codec.read(file));

        assertEquals(Reason.FUTURE_VERSION, e.reason());
        assertEquals(file, e.file());
        assertEquals("文稿“新版讲话.sdraft”由更新版本的“讲稿”保存（格式版本 3），当前版本只能打开格式版本 2 及以下的文稿。"
                + "请升级“讲稿”后再打开。", e.getMessage());
    }

    @Test
    void largeFutureVersionIsShownWithoutDigitGrouping() {
        DraftFileException e = decodeFailure("{\"formatVersion\": 1000, \"paragraphs\": []}");

        assertEquals(Reason.FUTURE_VERSION, e.reason());
        assertTrue(e.getMessage().contains("格式版本 1000）"), e.getMessage());
        assertNull(e.file());
    }

    @Test
    void truncatedFileIsCorruptAndSaysWhere() throws Exception {
        byte[] whole = codec.encode(SampleDrafts.fullSpeech());
        Path file = dir.resolve("断电时的讲话.sdraft");
        int half = whole.length / 2;
        while ((whole[half] & 0xC0) == 0x80) {
            half--; // cut between characters, as this test is about the JSON cut short
        }
        Files.write(file, Arrays.copyOf(whole, half));

        DraftFileException e = assertThrows(DraftFileException.class, () -> codec.read(file));

        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().startsWith("文稿文件“断电时的讲话.sdraft”已损坏，无法读取：文件在第 "), e.getMessage());
        assertTrue(e.getMessage().contains("意外结束"), e.getMessage());
    }

    @Test
    void brokenSyntaxNamesLineAndColumn() {
        DraftFileException e = decodeFailure("{\n  \"formatVersion\": 1,\n  \"paragraphs\": [}\n}");

        assertEquals(Reason.CORRUPT, e.reason());
        assertEquals("文稿文件已损坏，无法读取：第 3 行第 18 列附近的内容无法识别。", e.getMessage());
    }

    @Test
    void garbageBytesAreCorrupt() {
        byte[] garbage = {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, (byte) 0xFE, 7, 42};

        DraftFileException e = assertThrows(DraftFileException.class, () -> codec.decode(garbage));

        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("文件内容不是文本"), e.getMessage());
    }

    @Test
    void emptyFileIsCorrupt() {
        DraftFileException e = decodeFailure("  \n");

        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("文件内容为空"), e.getMessage());
    }

    @Test
    void jsonArrayIsNotADraft() {
        assertEquals(Reason.NOT_A_DRAFT, decodeFailure("[{\"formatVersion\": 1}]").reason());
    }

    @Test
    void templateWithoutFormatVersionIsNotADraft() throws Exception {
        Path template = dir.resolve("工作会议讲话模板.json");
        Files.writeString(template, """
                {"name": "工作会议讲话", "outline": [{"level": "heading1", "text": "一、肯定成绩，正视问题"}]}""");

        DraftFileException e = assertThrows(DraftFileException.class, () -> codec.read(template));

        assertEquals(Reason.NOT_A_DRAFT, e.reason());
        assertEquals("文件“工作会议讲话模板.json”不是“讲稿”的文稿（可能是模板或其他程序生成的文件），无法作为文稿打开。",
                e.getMessage());
    }

    @Test
    void otherVersionedJsonWithoutParagraphsIsNotADraft() {
        assertEquals(Reason.NOT_A_DRAFT, decodeFailure("{\"formatVersion\": 1, \"recentFiles\": []}").reason());
    }

    @Test
    void unknownLevelIsCorruptNamingTheValue() {
        DraftFileException e = decodeFailure("""
                {"formatVersion": 1, "paragraphs": [{"level": "heading9", "runs": [{"text": "五、其他"}]}]}""");

        assertEquals(Reason.CORRUPT, e.reason());
        assertEquals("文稿文件已损坏，无法读取：无法识别的段落级别“heading9”。", e.getMessage());
    }

    @Test
    void wrongShapeIsCorruptAndSaysWhere() {
        DraftFileException e = decodeFailure("{\"formatVersion\": 1,\n\"paragraphs\": \"一、肯定成绩\"}");

        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("第 2 行第 "), e.getMessage());
        assertTrue(e.getMessage().contains("不符合文稿格式"), e.getMessage());
    }

    @Test
    void invalidDateIsCorrupt() {
        DraftFileException e = decodeFailure("""
                {"formatVersion": 1, "meta": {"date": "2024年1月15日"}, "paragraphs": []}""");

        assertEquals(Reason.CORRUPT, e.reason());
    }

    @Test
    void nonsenseVersionIsCorrupt() {
        DraftFileException e = decodeFailure("{\"formatVersion\": \"一\", \"paragraphs\": []}");

        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("格式版本“一”无效"), e.getMessage());
    }

    @Test
    void missingFileIsNotFoundNamingFileAndFolder() {
        Path file = dir.resolve("不存在.sdraft");

        DraftFileException e = assertThrows(DraftFileException.class, () -> codec.read(file));

        assertEquals(Reason.NOT_FOUND, e.reason());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith("找不到文稿文件“不存在.sdraft”（位置：" + dir), e.getMessage());
    }

    @Test
    void folderInsteadOfFileIsUnreadable() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("文件夹.sdraft"));

        DraftFileException e = assertThrows(DraftFileException.class, () -> codec.read(folder));

        assertEquals(Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().startsWith("无法读取文稿文件“文件夹.sdraft”："), e.getMessage());
    }

    @Test
    void savingAgainKeepsThePreviousVersionAsBackup() throws Exception {
        Path file = dir.resolve("讲话.sdraft");
        Draft first = SampleDrafts.titled("初稿");
        Draft second = SampleDrafts.titled("修改稿");

        codec.write(file, first);
        codec.write(file, second);

        assertEquals(second, codec.read(file));
        assertEquals(first, codec.read(AtomicFileWriter.backupOf(file)));
    }

    @Test
    void failedSaveReportsWhyAndKeepsNothingHalfWritten() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("同名文件"), "我是文件，不是文件夹");
        Path file = notAFolder.resolve("讲话.sdraft");

        DraftFileException e = assertThrows(DraftFileException.class, () -> codec.write(file, SampleDrafts.fullSpeech()));

        assertEquals(Reason.WRITE_FAILED, e.reason());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith("保存失败，未能创建文稿文件“讲话.sdraft”："), e.getMessage());
        assertEquals("我是文件，不是文件夹", Files.readString(notAFolder));
    }

    @Test
    void saveBlockedByAFolderNamesIt() throws Exception {
        Path file = dir.resolve("讲话.sdraft");
        codec.write(file, SampleDrafts.titled("原稿"));
        Path backup = AtomicFileWriter.backupOf(file);
        Files.createDirectories(backup.resolve("挡路"));

        DraftFileException e = assertThrows(DraftFileException.class, () -> codec.write(file, SampleDrafts.titled("新稿")));

        assertEquals("保存失败，原文件“讲话.sdraft”未改动：“" + backup + "”是文件夹，不是文件。", e.getMessage());
        assertEquals(SampleDrafts.titled("原稿"), codec.read(file));
    }

    @Test
    void diskFullIsExplainedInChineseAndPromisesTheOriginalIsIntact() {
        IOException diskFull = new IOException("No space left on device");

        DraftFileException e = DraftFileException.writeFailed(dir.resolve("讲话.sdraft"), true, diskFull);

        assertEquals("保存失败，原文件“讲话.sdraft”未改动：磁盘空间不足。", e.getMessage());
    }

    private DraftFileException decodeFailure(String json) {
        return assertThrows(DraftFileException.class, () -> codec.decode(utf8(json)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

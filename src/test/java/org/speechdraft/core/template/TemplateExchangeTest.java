package org.speechdraft.core.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.template.ConflictChoice.Resolution;

/** Sharing templates with colleagues: export to .json or .zip, import with conflicts and bad entries. */
class TemplateExchangeTest {

    @TempDir
    Path root;

    private final TemplateCodec codec = new TemplateCodec();

    private TemplateLibrary library(String name) {
        return TemplateLibrary.load(AppHome.at(root.resolve(name)), null);
    }

    private Path zip(String name, String... namesAndContents) throws IOException {
        Path file = root.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private String json(Template template) {
        return new String(codec.encode(template), StandardCharsets.UTF_8);
    }

    @Test
    void oneTemplateIsExportedAsJsonAndImportedIntoAFreshHome() throws Exception {
        TemplateLibrary mine = library("mine");
        Template saved = mine.saveUser(TemplateFixtures.workMeeting(), false);
        Path file = root.resolve("水利模板.json");

        mine.exportTo(file, List.of(saved.id()));
        ImportResult result = library("colleague").importFrom(file, ConflictChoice.always(Resolution.SKIP));

        assertArrayEquals(codec.encode(saved), Files.readAllBytes(file));
        assertEquals(List.of(saved), result.imported());
        assertEquals(List.of(), result.problems());
        assertEquals(saved, library("colleague").find(saved.id()).orElseThrow());
    }

    @Test
    void severalTemplatesAreExportedAsAZipOfJsonFiles() throws Exception {
        TemplateLibrary mine = library("mine");
        mine.saveUser(TemplateFixtures.workMeeting(), false);
        Path file = root.resolve("模板.zip");

        mine.exportTo(file, List.of("water-meeting", "work-safety-meeting"));

        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(List.of("water-meeting.json", "work-safety-meeting.json"),
                    zip.stream().map(ZipEntry::getName).toList());
        }
        TemplateLibrary colleague = library("colleague");
        ImportResult result = colleague.importFrom(file, ConflictChoice.always(Resolution.KEEP_BOTH));
        assertEquals(List.of("water-meeting", "work-safety-meeting-2"), result.imported().stream().map(Template::id).toList(),
                "a built-in id is kept apart");
        assertEquals(TemplateSource.USER, colleague.find("work-safety-meeting-2").orElseThrow().source());
        assertEquals(TemplateSource.BUILTIN, colleague.find("work-safety-meeting").orElseThrow().source());
    }

    @Test
    void conflictsAreDecidedPerTemplate() throws Exception {
        TemplateLibrary library = library("home");
        library.saveUser(TemplateFixtures.workMeeting("alpha", "旧甲"), false);
        library.saveUser(TemplateFixtures.workMeeting("beta", "旧乙"), false);
        library.saveUser(TemplateFixtures.workMeeting("gamma", "旧丙"), false);
        Path file = zip("同事的模板.zip",
                "alpha.json", json(TemplateFixtures.workMeeting("alpha", "新甲")),
                "beta.json", json(TemplateFixtures.workMeeting("beta", "新乙")),
                "gamma.json", json(TemplateFixtures.workMeeting("gamma", "新丙")),
                "delta.json", json(TemplateFixtures.workMeeting("delta", "新丁")));
        List<String> asked = new ArrayList<>();

        ImportResult result = library.importFrom(file, (incoming, existing) -> {
            asked.add(existing.name() + "→" + incoming.name());
            return switch (incoming.id()) {
                case "alpha" -> Resolution.REPLACE;
                case "beta" -> Resolution.KEEP_BOTH;
                default -> Resolution.SKIP;
            };
        });

        assertEquals(List.of("旧甲→新甲", "旧乙→新乙", "旧丙→新丙"), asked, "asked only about ids already there");
        assertEquals(List.of("alpha", "beta-2", "delta"), result.imported().stream().map(Template::id).toList());
        assertEquals(List.of("gamma"), result.skipped().stream().map(Template::id).toList());
        assertEquals("新甲", library.find("alpha").orElseThrow().name());
        assertEquals("旧乙", library.find("beta").orElseThrow().name());
        assertEquals("新乙", library.find("beta-2").orElseThrow().name());
        assertEquals("旧丙", library.find("gamma").orElseThrow().name());
    }

    @Test
    void aBadEntryIsReportedByNameAndTheRestAreImported() throws Exception {
        Path file = zip("混合.zip",
                "模板/好的.json", json(TemplateFixtures.workMeeting("good-one", "好的")),
                "模板/坏的.json", "{\"formatVersion\": 1, \"id\": \"bad\", \"outline\": [",
                "模板/未来.json", "{\"formatVersion\": 9, \"id\": \"future\", \"outline\": []}",
                "模板/说明.txt", "只取 .json",
                "__MACOSX/模板/._好的.json", "resource fork");
        TemplateLibrary library = library("home");

        ImportResult result = library.importFrom(file, ConflictChoice.always(Resolution.SKIP));

        assertEquals(List.of("good-one"), result.imported().stream().map(Template::id).toList());
        assertEquals(List.of("模板/坏的.json", "模板/未来.json"), result.problems().stream().map(LibraryProblem::fileName).toList());
        assertTrue(result.problems().get(0).message().startsWith("模板文件“坏的.json”已损坏"), result.problems().toString());
        assertTrue(result.problems().get(1).message().contains("由更新版本的“讲稿”创建"), result.problems().toString());
        assertTrue(library.find("good-one").isPresent());
    }

    @Test
    void unsafeEntryNamesAreRefusedOneByOne() throws Exception {
        String template = json(TemplateFixtures.workMeeting("safe", "安全的"));
        Path file = zip("路径.zip", "../逃逸.json", template, "/etc/绝对.json", template, "a/../../b.json", template,
                "ok/safe.json", template);

        ImportResult result = library("home").importFrom(file, ConflictChoice.always(Resolution.SKIP));

        assertEquals(List.of("safe"), result.imported().stream().map(Template::id).toList());
        assertEquals(List.of("../逃逸.json", "/etc/绝对.json", "a/../../b.json"),
                result.problems().stream().map(LibraryProblem::fileName).toList());
        assertTrue(result.problems().get(0).message().contains("路径不安全"));
        assertTrue(Files.notExists(root.resolve("逃逸.json")));
    }

    @Test
    void aZipWithTooManyEntriesImportsNothing() throws Exception {
        String[] entries = new String[(TemplateArchive.MAX_ENTRIES + 1) * 2];
        for (int i = 0; i < entries.length; i += 2) {
            entries[i] = "t" + i + ".txt";
            entries[i + 1] = "x";
        }
        entries[0] = "first.json";
        entries[1] = json(TemplateFixtures.workMeeting("first", "第一个"));
        Path file = zip("很多.zip", entries);
        TemplateLibrary library = library("home");

        TemplateException e = assertThrows(TemplateException.class,
                () -> library.importFrom(file, ConflictChoice.always(Resolution.SKIP)));

        assertTrue(e.getMessage().contains("超过 500 个"), e.getMessage());
        assertTrue(library.find("first").isEmpty(), "nothing imported");
    }

    @Test
    void aZipThatUnpacksTooLargeImportsNothing() throws Exception {
        Path file = root.resolve("炸弹.zip");
        byte[] megabyte = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("first.json"));
            zip.write(codec.encode(TemplateFixtures.workMeeting("first", "第一个")));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("huge.json"));
            for (long written = 0; written <= TemplateArchive.MAX_TOTAL_BYTES; written += megabyte.length) {
                zip.write(megabyte); // zeros: a few kilobytes packed
            }
            zip.closeEntry();
        }
        TemplateLibrary library = library("home");

        TemplateException e = assertThrows(TemplateException.class,
                () -> library.importFrom(file, ConflictChoice.always(Resolution.SKIP)));

        assertTrue(Files.size(file) < 1024 * 1024);
        assertTrue(e.getMessage().contains("解压后超过 20 MB"), e.getMessage());
        assertTrue(library.find("first").isEmpty());
    }

    @Test
    void aBrokenZipOrAMissingFileIsAnError() throws Exception {
        Path broken = Files.write(root.resolve("坏.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        TemplateLibrary library = library("home");

        TemplateException zip = assertThrows(TemplateException.class,
                () -> library.importFrom(broken, ConflictChoice.always(Resolution.SKIP)));
        TemplateException missing = assertThrows(TemplateException.class,
                () -> library.importFrom(root.resolve("没有.json"), ConflictChoice.always(Resolution.SKIP)));

        assertTrue(zip.getMessage().contains("坏.zip"), zip.getMessage());
        assertTrue(missing.getMessage().startsWith("无法读取要导入的文件“没有.json”"), missing.getMessage());
    }

    @Test
    void aZipWithoutTemplatesSaysSo() throws Exception {
        Path file = zip("空.zip", "说明.txt", "没有模板");

        ImportResult result = library("home").importFrom(file, ConflictChoice.always(Resolution.SKIP));

        assertEquals(List.of(), result.imported());
        assertEquals("压缩包“空.zip”中没有模板文件（.json）。", result.problems().get(0).message());
    }
}

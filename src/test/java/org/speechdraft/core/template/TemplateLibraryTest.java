package org.speechdraft.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.storage.AppHome;

class TemplateLibraryTest {

    @TempDir
    Path root;

    private AppHome home;
    private final StepClock clock = new StepClock();
    private final TemplateCodec codec = new TemplateCodec();

    @BeforeEach
    void setUp() {
        home = AppHome.at(root.resolve("home"));
    }

    private TemplateLibrary load() {
        return TemplateLibrary.load(home, null, clock);
    }

    private static List<String> ids(List<TemplateEntry> entries) {
        return entries.stream().map(e -> e.template().id()).toList();
    }

    @Test
    void aSavedTemplateIsAUserFileThatTheNextStartLoads() throws Exception {
        TemplateLibrary library = load();

        Template saved = library.saveUser(TemplateFixtures.workMeeting(), false);

        assertEquals("water-meeting", saved.id());
        assertEquals(TemplateSource.USER, saved.source());
        assertTrue(Files.isRegularFile(home.templatesDir().resolve("water-meeting.json")));
        TemplateLibrary reloaded = load();
        assertEquals(saved, reloaded.find("water-meeting").orElseThrow());
        assertEquals(List.of(), reloaded.problems());
    }

    @Test
    void aTakenIdGetsANewOneUnlessTheUsersTemplateIsReplaced() throws Exception {
        TemplateLibrary library = load();
        library.saveUser(TemplateFixtures.workMeeting(), false);

        Template second = library.saveUser(TemplateFixtures.workMeeting("water-meeting", "第二份"), false);
        Template replaced = library.saveUser(TemplateFixtures.workMeeting("water-meeting", "改过的"), true);
        Template notOverBuiltin = library.saveUser(TemplateFixtures.workMeeting("work-safety-meeting", "安全"), true);

        assertEquals("water-meeting-2", second.id());
        assertEquals("water-meeting", replaced.id());
        assertEquals("改过的", load().find("water-meeting").orElseThrow().name());
        assertEquals("work-safety-meeting-2", notOverBuiltin.id(), "a built-in template is never replaced");
        assertEquals(TemplateSource.BUILTIN, library.find("work-safety-meeting").orElseThrow().source());
    }

    @Test
    void builtinTemplatesCanBeDuplicatedButNotRenamedOrDeleted() throws Exception {
        TemplateLibrary library = load();

        Template copy = library.duplicate("work-safety-meeting", "我的安全生产讲话");
        TemplateException rename = assertThrows(TemplateException.class,
                () -> library.rename("work-safety-meeting", "改名"));
        TemplateException delete = assertThrows(TemplateException.class, () -> library.delete("work-safety-meeting"));

        assertEquals("work-safety-meeting-2", copy.id());
        assertEquals(TemplateSource.USER, copy.source());
        assertEquals(library.find("work-safety-meeting").orElseThrow().paragraphs(), copy.paragraphs());
        assertEquals("“安全生产工作会议讲话”是内置模板，不能修改、改名或删除；可以复制一份再修改。", rename.getMessage());
        assertEquals(rename.getMessage(), delete.getMessage());
        assertEquals("安全生产工作会议讲话", library.find("work-safety-meeting").orElseThrow().name());
    }

    @Test
    void renameAndEditKeepTheIdAndFile() throws Exception {
        TemplateLibrary library = load();
        Template saved = library.saveUser(TemplateFixtures.workMeeting(), false);

        library.rename(saved.id(), "防汛工作会议讲话");
        library.update(library.find(saved.id()).orElseThrow().withDetails("防汛讲话", "专题会议", "汛前部署", List.of("防汛")));

        Template edited = load().find(saved.id()).orElseThrow();
        assertEquals("防汛讲话", edited.name());
        assertEquals("专题会议", edited.category());
        assertEquals(List.of("防汛"), edited.keywords());
        assertEquals(saved.paragraphs(), edited.paragraphs());
        assertThrows(TemplateException.class, () -> library.rename(saved.id(), "  "), "a name is required");
        assertThrows(TemplateException.class, () -> library.rename("no-such-template", "x"));
    }

    @Test
    void aDeletedTemplateComesBackWithItsMarksOnRestore() throws Exception {
        TemplateLibrary library = load();
        Template saved = library.saveUser(TemplateFixtures.workMeeting(), false);
        library.setFavourite(saved.id(), true);
        library.markUsed(saved.id());

        DeletedTemplate deleted = library.delete(saved.id());

        assertTrue(library.find(saved.id()).isEmpty());
        assertFalse(Files.exists(home.templatesDir().resolve("water-meeting.json")));
        assertTrue(load().find(saved.id()).isEmpty());

        Template restored = library.restore(deleted);

        assertEquals(saved, restored);
        TemplateEntry entry = load().all().get(0);
        assertEquals(saved, entry.template());
        assertTrue(entry.favourite());
        assertEquals(StepClock.START, entry.lastUsed());
    }

    @Test
    void favouritesComeFirstThenTheRecentlyUsedThenCategoryAndName() throws Exception {
        TemplateLibrary library = load();
        List<String> untouched = ids(library.all());
        assertEquals("工作会议", library.all().get(0).template().category());
        assertEquals("会议讲话通用", library.all().get(untouched.size() - 1).template().category(), "the usual category order");

        library.markUsed("training-opening");
        library.markUsed("closing-remarks");
        library.setFavourite("work-safety-meeting", true);

        List<String> ordered = ids(load().all());
        assertEquals(List.of("work-safety-meeting", "closing-remarks", "training-opening"), ordered.subList(0, 3));
        assertEquals(untouched.stream().filter(id -> !ordered.subList(0, 3).contains(id)).toList(),
                ordered.subList(3, ordered.size()));
        assertTrue(Files.isRegularFile(home.templatesDir().resolve("library-state.json")));

        library.setFavourite("work-safety-meeting", false);
        assertEquals("closing-remarks", load().all().get(0).template().id());
    }

    @Test
    void searchFindsByNameCategoryKeywordDescriptionOrHeadingAndAllWordsMustMatch() throws Exception {
        TemplateLibrary library = load();
        library.saveUser(TemplateFixtures.workMeeting(), false);

        assertEquals(List.of("work-safety-meeting"), ids(library.search("安全生产")));
        assertEquals(List.of("water-meeting"), ids(library.search("水利")), "a keyword");
        assertTrue(ids(library.search("  一要  ")).contains("leading-group-plenary"));
        assertTrue(ids(library.search("防汛备汛")).isEmpty(), "sample text is not searched");
        assertEquals(List.of("water-meeting"), ids(library.search("河道治理")), "a level-2 heading");
        assertEquals(List.of("clean-government-meeting"), ids(library.search("廉政　四风")), "full-width space");
        assertEquals(List.of(), library.search("廉政 安全生产"));
        assertEquals(library.all(), library.search(" "));
        Template latin = library.saveUser(TemplateFixtures.workMeeting("latin", "WPS Demo").withDetails("WPS Demo", "其他",
                "", List.of()), false);
        assertEquals(List.of(latin.id()), ids(library.search("wps demo")), "case is ignored");
    }

    @Test
    void aCorruptAndAFutureVersionFileAreReportedAndSkippedWhileTheRestLoads() throws Exception {
        Path dir = Files.createDirectories(home.templatesDir());
        codec.write(dir.resolve("good.json"), TemplateFixtures.workMeeting());
        Files.writeString(dir.resolve("损坏.json"), "{\"formatVersion\": 1, \"id\": ");
        Files.writeString(dir.resolve("未来.json"), "{\"formatVersion\": 2, \"id\": \"future\", \"outline\": []}");
        Files.writeString(dir.resolve("说明.txt"), "not a template");

        TemplateLibrary library = load();

        assertTrue(library.find("water-meeting").isPresent());
        assertEquals(12 + 1, library.all().size());
        List<LibraryProblem> problems = library.problems();
        assertEquals(List.of("损坏.json", "未来.json"), problems.stream().map(LibraryProblem::fileName).sorted().toList());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("由更新版本的“讲稿”创建")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("已损坏")), problems.toString());
    }

    @Test
    void twoUserFilesWithOneIdKeepTheFirstAndReportTheSecond() throws Exception {
        Path dir = Files.createDirectories(home.templatesDir());
        codec.write(dir.resolve("a.json"), TemplateFixtures.workMeeting("same", "甲"));
        codec.write(dir.resolve("b.json"), TemplateFixtures.workMeeting("same", "乙"));

        TemplateLibrary library = load();

        assertEquals("甲", library.find("same").orElseThrow().name());
        assertEquals(List.of(new LibraryProblem("b.json", "模板文件“b.json”的编号“same”与“a.json”相同，已跳过。")),
                library.problems());
    }

    @Test
    void theSharedFolderIsReadOnlyAndAMissingOneIsReported() throws Exception {
        Path shared = Files.createDirectories(root.resolve("共享"));
        codec.write(shared.resolve("office.json"), TemplateFixtures.workMeeting("office-template", "办公室模板"));

        TemplateLibrary library = TemplateLibrary.load(home, shared, clock);

        Template office = library.find("office-template").orElseThrow();
        assertEquals(TemplateSource.SHARED, office.source());
        assertThrows(TemplateException.class, () -> library.delete("office-template"));
        assertThrows(TemplateException.class, () -> library.rename("office-template", "x"));
        assertEquals(TemplateSource.USER, library.duplicate("office-template", "我的").source());
        assertTrue(Files.exists(shared.resolve("office.json")));

        TemplateLibrary unplugged = TemplateLibrary.load(home, root.resolve("网络盘"), clock);
        assertEquals(1, unplugged.problems().size());
        assertTrue(unplugged.problems().get(0).message().startsWith("找不到共享模板文件夹"));
        assertFalse(unplugged.all().isEmpty());
    }

    @Test
    void reloadPicksUpFilesAddedOutside() throws Exception {
        Path shared = Files.createDirectories(root.resolve("共享"));
        TemplateLibrary library = TemplateLibrary.load(home, shared, clock);
        codec.write(shared.resolve("new.json"), TemplateFixtures.workMeeting("added-later", "后加的"));

        assertTrue(library.find("added-later").isEmpty());
        library.reload();
        assertTrue(library.find("added-later").isPresent());
        assertTrue(ids(library.search("后加")).contains("added-later"));
    }

    @Test
    void aStateFileFromANewerVersionIsReportedAndNeverOverwritten() throws Exception {
        Path state = Files.createDirectories(home.templatesDir()).resolve("library-state.json");
        String newer = "{\"formatVersion\": 2, \"favourites\": [\"x\"], \"pinned\": []}";
        Files.writeString(state, newer);

        TemplateLibrary library = load();
        library.setFavourite("training-opening", true);

        assertEquals(List.of("library-state.json"), library.problems().stream().map(LibraryProblem::fileName).toList());
        assertEquals(newer, Files.readString(state));
        assertTrue(library.all().get(0).favourite(), "the mark holds for this session");
    }

    @Test
    void aDamagedStateFileIsReportedAndStartedAfresh() throws Exception {
        Path state = Files.createDirectories(home.templatesDir()).resolve("library-state.json");
        Files.writeString(state, "{kaputt");

        TemplateLibrary library = load();
        library.setFavourite("training-opening", true);

        assertEquals("模板的收藏和最近使用记录无法读取，已重新开始记录。", library.problems().get(0).message());
        assertEquals("training-opening", load().all().get(0).template().id());
    }

    @Test
    void categoriesAreListedInTheUsualOrder() {
        assertEquals(List.of("工作会议", "专题会议", "动员表彰", "培训开班", "安全生产", "党风廉政", "调研座谈", "会议讲话通用"),
                load().categories());
    }

    /** A clock that moves one minute on every reading. */
    private static final class StepClock extends Clock {

        static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
        private Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant reading = now;
            now = now.plusSeconds(60);
            return reading;
        }
    }
}

package org.speechdraft.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    @Test
    void afterACrashTheAutosaveIsOfferedWithTitleAndParagraphCount() throws Exception {
        Draft unsaved = SampleDrafts.untitledSpeech("一、肯定成绩，正视问题", 3);
        RecoverySession session = new RecoveryStore(home()).startSession();
        session.autosave(unsaved, null);
        session.close(); // without clear(): the window went away without saving

        List<RecoveryEntry> offered = new RecoveryStore(home()).findRecoverable();

        assertEquals(1, offered.size());
        RecoveryEntry entry = offered.get(0);
        assertEquals(session.id(), entry.id());
        assertEquals("一、肯定成绩，正视问题", entry.title());
        assertEquals(5, entry.paragraphCount());
        assertNull(entry.sourcePath());
        assertEquals(unsaved, new RecoveryStore(home()).load(entry));
    }

    @Test
    void titleComesFromMetaFirstAndFallsBackToUntitled() throws Exception {
        crashedSessionWith(SampleDrafts.titled("在全市经济工作会议上的讲话"), null);
        pause();
        crashedSessionWith(Draft.empty(), null);

        List<String> titles = store().findRecoverable().stream().map(RecoveryEntry::title).toList();

        assertEquals(List.of("未命名", "在全市经济工作会议上的讲话"), titles);
    }

    @Test
    void killedProcessLeavesItsAutosaveForTheNextStart() throws Exception {
        Process editor = startChild("edit", "被强制结束的讲话");
        try {
            awaitReady(editor);
            assertEquals(List.of(), store().findRecoverable(), "still running: not offered");

            editor.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            List<RecoveryEntry> offered = store().findRecoverable();
            assertEquals(List.of("被强制结束的讲话"), offered.stream().map(RecoveryEntry::title).toList());
        } finally {
            editor.destroyForcibly();
        }
    }

    @Test
    void runningSessionIsNotOfferedHereNorToAnotherInstance() throws Exception {
        try (RecoverySession running = store().startSession()) {
            running.autosave(SampleDrafts.titled("正在编辑"), null);

            assertEquals(List.of(), store().findRecoverable());
            assertEquals(List.of(), store().findRecoverable(), "looking twice must not unlock it");
            assertEquals("0", runChild("count"), "another instance must not offer it either");
        }
    }

    @Test
    void autosaveOfADraftSavedLaterIsNotOfferedAndIsCleanedUp() throws Exception {
        Path source = Files.writeString(dir.resolve("讲话.sdraft"), "保存前");
        RecoverySession session = crashedSessionWith(SampleDrafts.titled("讲话"), source);
        // The user saved exactly that text after the autosave (crash between save and clear).
        new DraftCodec().write(source, SampleDrafts.titled("讲话"));
        byte[] saved = Files.readAllBytes(source);

        assertEquals(List.of(), store().findRecoverable());

        assertEquals(List.of(), fileNames(home().recoveryDir()), "autosave of " + session.id() + " deleted");
        org.junit.jupiter.api.Assertions.assertArrayEquals(saved, Files.readAllBytes(source));
    }

    @Test
    void autosaveIsStillOfferedWhenSomeoneElseSavedTheSourceAfterTheCrash() throws Exception {
        Path source = Files.writeString(dir.resolve("讲话.sdraft"), "保存前");
        crashedSessionWith(SampleDrafts.titled("我没保存的修改"), source);
        // A colleague saved the shared file later, with their own text: our edits must not vanish.
        new DraftCodec().write(source, SampleDrafts.titled("同事的版本"));
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plus(1, ChronoUnit.MINUTES)));

        List<RecoveryEntry> offered = store().findRecoverable();

        assertEquals(1, offered.size());
        assertEquals("我没保存的修改", offered.get(0).title());
    }

    @Test
    void autosaveIsOfferedWhenItsSourceWasNotSavedSince() throws Exception {
        Path source = Files.writeString(dir.resolve("讲话.sdraft"), "上次保存的内容");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        crashedSessionWith(SampleDrafts.titled("讲话"), source);

        List<RecoveryEntry> offered = store().findRecoverable();

        assertEquals(1, offered.size());
        assertEquals(source, offered.get(0).sourcePath());
    }

    @Test
    void autosaveIsOfferedWhenItsSourceIsGone() throws Exception {
        Path source = Files.writeString(dir.resolve("讲话.sdraft"), "内容");
        crashedSessionWith(SampleDrafts.titled("讲话"), source);
        Files.delete(source);

        assertEquals(1, store().findRecoverable().size());
    }

    @Test
    void fileServerClockAheadDoesNotHideTheAutosave() throws Exception {
        Path source = Files.writeString(dir.resolve("讲话.sdraft"), "内容");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plus(5, ChronoUnit.MINUTES)));
        crashedSessionWith(SampleDrafts.titled("讲话"), source);

        assertEquals(1, store().findRecoverable().size());
    }

    @Test
    void clearedSessionLeavesNothing() throws Exception {
        try (RecoverySession session = store().startSession()) {
            session.autosave(SampleDrafts.fullSpeech(), null);
            session.clear();
        }

        assertEquals(List.of(), store().findRecoverable());
        assertEquals(List.of(), fileNames(home().recoveryDir()));
    }

    @Test
    void unreadableAutosaveIsSkippedButKept() throws Exception {
        Files.createDirectories(home().recoveryDir());
        Path broken = Files.writeString(home().recoveryDir().resolve("broken" + RecoveryFiles.AUTOSAVE_SUFFIX), "{\"formatVer");
        crashedSessionWith(SampleDrafts.titled("完好的"), null);

        List<RecoveryEntry> offered = store().findRecoverable();

        assertEquals(List.of("完好的"), offered.stream().map(RecoveryEntry::title).toList());
        assertTrue(Files.exists(broken));
    }

    @Test
    void newestAutosaveComesFirst() throws Exception {
        crashedSessionWith(SampleDrafts.titled("早上的稿子"), null);
        pause();
        crashedSessionWith(SampleDrafts.titled("下午的稿子"), null);

        List<String> titles = store().findRecoverable().stream().map(RecoveryEntry::title).toList();

        assertEquals(List.of("下午的稿子", "早上的稿子"), titles);
    }

    @Test
    void discardedEntryIsGoneForGood() throws Exception {
        crashedSessionWith(SampleDrafts.titled("不要了"), null);
        RecoveryEntry entry = store().findRecoverable().get(0);

        store().discard(entry);

        assertEquals(List.of(), store().findRecoverable());
        assertEquals(List.of(), fileNames(home().recoveryDir()));
    }

    @Test
    void latestAutosaveWins() throws Exception {
        RecoverySession session = store().startSession();
        session.autosave(SampleDrafts.titled("第一版"), null);
        session.autosave(SampleDrafts.titled("第二版"), null);
        session.close();

        RecoveryEntry entry = store().findRecoverable().get(0);

        assertEquals(SampleDrafts.titled("第二版"), store().load(entry));
    }

    @Test
    void autosavesFromSeveralThreadsLeaveOneValidAutosave() throws Exception {
        RecoverySession session = store().startSession();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Draft draft = SampleDrafts.titled("版本" + i);
                saves.add(threads.submit(() -> {
                    session.autosave(draft, null);
                    return null;
                }));
            }
            for (Future<?> save : saves) {
                save.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
            session.close();
        }

        List<RecoveryEntry> offered = store().findRecoverable();
        assertEquals(1, offered.size());
        assertTrue(offered.get(0).title().startsWith("版本"));
        assertEquals(List.of(session.id() + RecoveryFiles.AUTOSAVE_SUFFIX), fileNames(home().recoveryDir()));
    }

    @Test
    void autosaveAfterCloseIsRefused() {
        RecoverySession session = store().startSession();
        session.close();

        assertThrows(IllegalStateException.class, () -> session.autosave(Draft.empty(), null));
    }

    @Test
    void unusableDataFolderDoesNotStopTheAppButAutosaveReportsIt() throws IOException {
        Files.createDirectories(home().root());
        Files.writeString(home().recoveryDir(), "a file where the recovery folder should be");

        RecoverySession session = store().startSession();

        assertThrows(IOException.class, () -> session.autosave(SampleDrafts.fullSpeech(), null));
        assertEquals(List.of(), store().findRecoverable());
        session.close();
    }

    @Test
    void noRecoveryFolderMeansNothingToOffer() {
        assertEquals(List.of(), store().findRecoverable());
    }

    private RecoverySession crashedSessionWith(Draft draft, Path source) throws IOException {
        RecoverySession session = store().startSession();
        session.autosave(draft, source);
        session.close();
        return session;
    }

    private AppHome home() {
        return AppHome.at(dir.resolve("home"));
    }

    private RecoveryStore store() {
        return new RecoveryStore(home());
    }

    private Process startChild(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                RecoveryChildProcess.class.getName(), home().root().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private String runChild(String... args) throws Exception {
        Process child = startChild(args);
        try (BufferedReader out = reader(child)) {
            String line = out.readLine();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            return line;
        } finally {
            child.destroyForcibly();
        }
    }

    private static void awaitReady(Process child) throws IOException {
        assertEquals("READY", reader(child).readLine());
    }

    private static BufferedReader reader(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Autosave times must differ for an order to exist. */
    private static void pause() throws InterruptedException {
        Thread.sleep(5);
    }
}

package org.speechdraft.core.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.DraftFileException;

class PhraseLibraryTest {

    @TempDir
    Path home;

    @Test
    void theBuiltInCategoriesAreOfferedInTheirUsualOrder() throws Exception {
        PhraseLibrary library = PhraseLibrary.load(AppHome.at(home));

        assertEquals(List.of("开场", "过渡", "强调", "结尾", "排比"), library.categories());
        assertTrue(library.find("结尾", "").size() >= 4);
        assertTrue(library.all().stream().noneMatch(Phrase::own));
    }

    @Test
    void searchMatchesEveryWord() throws Exception {
        PhraseLibrary library = PhraseLibrary.load(AppHome.at(home));

        List<Phrase> found = library.find(null, "追责 问责");

        assertEquals(1, found.size());
        assertEquals("强调", found.get(0).category());
    }

    @Test
    void theUsersOwnPhrasesAreKeptFirstAndSurviveARestart() throws Exception {
        PhraseLibrary library = PhraseLibrary.load(AppHome.at(home));
        library.add("结尾", "散会！");
        library.add("我们局", "全局上下要拧成一股绳。");
        library.add("结尾", "散会！");

        PhraseLibrary again = PhraseLibrary.load(AppHome.at(home));

        assertEquals(new Phrase("我们局", "全局上下要拧成一股绳。", true), again.all().get(0));
        assertEquals(2, again.all().stream().filter(Phrase::own).count(), "the same phrase is not added twice");
        assertEquals("我们局", again.categories().get(again.categories().size() - 1));
        again.remove(again.all().get(0));
        assertFalse(PhraseLibrary.load(AppHome.at(home)).categories().contains("我们局"));
    }

    @Test
    void aBrokenPhrasesFileIsReportedByItsNameAndLeftAlone() throws Exception {
        Path file = home.resolve("phrases.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"phrases\": {");

        DraftFileException e = assertThrows(DraftFileException.class, () -> PhraseLibrary.load(AppHome.at(home)));

        assertTrue(e.getMessage().contains("常用语文件"), e.getMessage());
        assertTrue(e.getMessage().contains("phrases.json"), e.getMessage());
        assertEquals("{\"formatVersion\": 1, \"phrases\": {", Files.readString(file));
    }

    @Test
    void aFileFromANewerVersionIsRefusedWithAClearMessage() throws Exception {
        Files.writeString(home.resolve("phrases.json"), "{\"formatVersion\": 9, \"phrases\": {}}");

        DraftFileException e = assertThrows(DraftFileException.class, () -> PhraseLibrary.load(AppHome.at(home)));

        assertTrue(e.getMessage().contains("更新版本"), e.getMessage());
    }
}

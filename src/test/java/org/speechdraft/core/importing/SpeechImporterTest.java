package org.speechdraft.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.placeholder.Placeholder;

/** A past speech, however it arrives, becomes the same clean, structured draft. */
class SpeechImporterTest {

    @TempDir
    Path dir;

    private final SpeechImporter importer = new SpeechImporter();

    private static List<String> texts(Draft draft) {
        return draft.paragraphs().stream().map(DraftParagraph::text).toList();
    }

    private void assertTheCleanSpeech(ImportedSpeech imported) {
        assertEquals(NoisySpeech.CLEAN, texts(imported.draft()));
        assertEquals(NoisySpeech.LEVELS, imported.draft().paragraphs().stream().map(DraftParagraph::level).toList());
        assertEquals(NoisySpeech.TITLE, imported.draft().meta().title());
    }

    @Test
    void aWebPageInGbkBecomesAStructuredDraftWithItsPlaceholders() throws Exception {
        Path file = Files.write(dir.resolve("讲话.txt"), NoisySpeech.webPage().getBytes(Charset.forName("GBK")));
        ImportedSpeech imported = importer.importFile(file, null, CleanupOptions.DEFAULTS);
        assertTheCleanSpeech(imported);
        assertEquals(Charset.forName("GB18030"), imported.source().encoding());
        assertEquals(List.of("XX", "XX", "XX", "XX", "XXX"),
                imported.placeholders().placeholders().stream().map(Placeholder::text).toList());
        assertTrue(imported.cleanup().rule("site-navigation").orElseThrow().changes().size() >= 4);
    }

    @Test
    void aPdfCopyIsRejoinedAndLosesItsPageNumbers() throws Exception {
        Path file = Files.write(dir.resolve("讲话.txt"), NoisySpeech.pdf().getBytes(StandardCharsets.UTF_8));
        assertTheCleanSpeech(importer.importFile(file, null, CleanupOptions.DEFAULTS));
    }

    @Test
    void pastedTextIsOfferedTheSameCleanUp() {
        assertTheCleanSpeech(importer.importText(NoisySpeech.webPage(), CleanupOptions.DEFAULTS));
    }

    @Test
    void aTraditionalScriptSpeechSavedAsGbkOrAsBig5OpensToTheSameText() throws Exception {
        String annotated = String.join("\n",
                "您的位置:示例文秘網(wǎng)>>教育/>>正文",
                "在推(tuī)進(jìn)義務教育均衡發(fā)展工作會(huì)議上的講(jiǎng)話(huà)",
                "同志們:",
                "一、肯定成績,正視不足",
                "近年來,縣委、縣政府全面深化教育改革(gǎi gé),教育教學條件進(jìn)一步改善。",
                "謝謝大家!");
        Path gbk = Files.write(dir.resolve("gbk.txt"), annotated.getBytes(Charset.forName("GBK")));
        Path big5 = Files.write(dir.resolve("big5.txt"), annotated.getBytes(Charset.forName("Big5")));
        ImportedSpeech fromGbk = importer.importFile(gbk, null, CleanupOptions.DEFAULTS);
        ImportedSpeech fromBig5 = importer.importFile(big5, null, CleanupOptions.DEFAULTS);
        assertEquals(Charset.forName("Big5"), fromBig5.source().encoding());
        assertEquals(List.of("在推進義務教育均衡發展工作會議上的講話", "同志們：", "一、肯定成績，正視不足",
                "近年來，縣委、縣政府全面深化教育改革，教育教學條件進一步改善。", "謝謝大家！"), texts(fromGbk.draft()));
        assertEquals(texts(fromGbk.draft()), texts(fromBig5.draft()));
    }

    @Test
    void aWronglyDetectedFileCanBeReadAgainInAChosenEncoding() throws Exception {
        Path file = Files.write(dir.resolve("讲话.txt"), "同志们：今天的会议很重要。".getBytes(Charset.forName("GBK")));
        SourceDocument chosen = importer.read(file, Charset.forName("GBK"));
        assertEquals(Charset.forName("GBK"), chosen.encoding());
        assertEquals("同志们：今天的会议很重要。", chosen.paragraphs().get(0).text());
    }

    @Test
    void thePreviewCanCleanAgainWithARuleSwitchedOff() throws Exception {
        Path file = Files.write(dir.resolve("讲话.txt"), NoisySpeech.webPage().getBytes(StandardCharsets.UTF_8));
        SourceDocument source = importer.read(file, null);
        ImportedSpeech without = importer.build(source, CleanupOptions.DEFAULTS.without("copyright"));
        assertTrue(texts(without.draft()).get(without.draft().paragraphs().size() - 1).contains("ICP"));
        assertTheCleanSpeech(importer.build(source, CleanupOptions.DEFAULTS));
    }
}

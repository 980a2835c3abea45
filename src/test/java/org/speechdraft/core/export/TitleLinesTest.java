package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long titles in lines as a 公文 typesetter sets them: 二号 on the 156 mm 版心, 20 characters a line. */
class TitleLinesTest {

    private static final double ER_HAO = 22;
    private static final double TEXT_BLOCK_PT = 442.25;

    private static List<String> lines(String title) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end : TitleLines.breaks(title, ER_HAO, TEXT_BLOCK_PT)) {
            lines.add(title.substring(start, end));
            start = end;
        }
        lines.add(title.substring(start));
        return lines;
    }

    @Test
    void aTitleWithACharacterOfRoomStaysOnOneLine() {
        String title = "在全市农业农村基层组织建设会议上的讲话";
        assertEquals(19, title.length());
        assertEquals(List.of(title), lines(title));
    }

    @Test
    void aTitleThatFillsItsLineToWithinACharacterIsBrokenInTwo() {
        // Word's and LibreOffice's metrics differ by about a character: one of them would wrap the last
        assertEquals(List.of("在全市农业农村基层组", "织建设工作会上的讲话"), lines("在全市农业农村基层组织建设工作会上的讲话"));
    }

    @Test
    void longerTitlesGetLinesOfNearlyEqualLengthTheLongerFirst() {
        assertEquals(List.of("在全市农业农村基层组织", "建设推进会议上的讲话"), lines("在全市农业农村基层组织建设推进会议上的讲话"));
        assertEquals(List.of("在全市深入学习贯彻党的二十届四", "中全会精神暨推进高质量发展、创", "建全国文明城市动员大会上的讲话"),
                lines("在全市深入学习贯彻党的二十届四中全会精神暨推进高质量发展、创建全国文明城市动员大会上的讲话"));
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() {
        assertEquals(List.of("加快建设农业强市步伐，", "奋力谱写振兴新篇章"), lines("加快建设农业强市步伐，奋力谱写振兴新篇章"));
        List<String> book = lines("认真学习贯彻落实好《乡村振兴促进法》讲话");
        assertEquals(2, book.size());
        assertTrue(!book.get(0).endsWith("《"), book.toString());
        List<String> dashes = lines("坚持人民至上生命至上——在全市安全生产工作会议上的讲话");
        for (String line : dashes) {
            assertTrue(!line.startsWith("—") && !line.startsWith("，"), dashes.toString());
        }
    }

    @Test
    void numbersAndLatinWordsAreNotSplit() {
        assertEquals(List.of("全市经济运行分析暨2026年第一", "季度重点工作调度会议上的讲话"),
                lines("全市经济运行分析暨2026年第一季度重点工作调度会议上的讲话"));
        assertEquals(List.of("在推进5G网络和人工智能", "AI产业发展大会上的讲话"), lines("在推进5G网络和人工智能AI产业发展大会上的讲话"));
        assertEquals(List.of("在全市第3.5期乡村振兴", "培训班开班式上的讲话"), lines("在全市第3.5期乡村振兴培训班开班式上的讲话"));
    }

    @Test
    void halfWidthCharactersCountHalf() {
        String title = "在APEC2026中国年筹备工作会议上的讲话"; // 22 characters: 14 Chinese + 8 ASCII = 18 ems
        assertEquals(List.of(title), lines(title));
    }

    @Test
    void aTitleThatCannotBeBrokenByTheRulesIsLeftToTheViewer() {
        String latin = "INTERNATIONALCONFERENCEONAGRICULTURE2026";
        assertEquals(List.of(latin), lines(latin));
    }
}

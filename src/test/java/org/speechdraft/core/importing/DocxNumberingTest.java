package org.speechdraft.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.speechdraft.core.importing.DocxFixtures.abstractNum;
import static org.speechdraft.core.importing.DocxFixtures.document;
import static org.speechdraft.core.importing.DocxFixtures.lvl;
import static org.speechdraft.core.importing.DocxFixtures.num;
import static org.speechdraft.core.importing.DocxFixtures.numPr;
import static org.speechdraft.core.importing.DocxFixtures.numbered;
import static org.speechdraft.core.importing.DocxFixtures.numbering;
import static org.speechdraft.core.importing.DocxFixtures.p;
import static org.speechdraft.core.importing.DocxFixtures.style;
import static org.speechdraft.core.importing.DocxFixtures.styles;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineAnalyzer;

/** Headings numbered by Word's automatic numbering keep their 一、（一）1. in the imported draft. */
class DocxNumberingTest {

    /** The usual 公文 list: 一、 then （一） then 1. */
    private static final String GONGWEN_LIST = abstractNum(0,
            lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）"), lvl(2, "decimal", "%3."));
    private static final String HEADING_STYLES = styles(
            style("1", "heading 1", null, null), style("2", "heading 2", null, null), style("3", "heading 3", null, null));

    @TempDir
    Path dir;

    private Draft imported(String documentXml, String stylesXml, String numberingXml) throws Exception {
        Path file = DocxFixtures.write(dir.resolve("讲话.docx"), documentXml, stylesXml, numberingXml);
        return new SpeechImporter().importFile(file, null, CleanupOptions.DEFAULTS).draft();
    }

    private static List<String> texts(Draft draft) {
        return draft.paragraphs().stream().map(DraftParagraph::text).toList();
    }

    @Test
    void numberedHeadingsGetTheirMarkersAndSubItemsStartAgainUnderEachSection() throws Exception {
        Draft draft = imported(document(
                p(null, "在全县农村教育工作会议上的讲话"), p(null, "同志们："),
                numbered("1", 1, 0, "肯定成绩"),
                numbered("2", 1, 1, "办学条件明显改善"), p(null, "今年全县新建学校一批。"),
                numbered("2", 1, 1, "教师队伍不断壮大"),
                numbered("1", 1, 0, "狠抓落实"),
                numbered("2", 1, 1, "压实工作责任"),
                numbered("3", 1, 2, "建立台账"), numbered("3", 1, 2, "定期通报"),
                p(null, "谢谢大家！")), HEADING_STYLES, numbering(GONGWEN_LIST, num(1, 0)));

        assertEquals(List.of("在全县农村教育工作会议上的讲话", "同志们：", "一、肯定成绩", "（一）办学条件明显改善", "今年全县新建学校一批。",
                "（二）教师队伍不断壮大", "二、狠抓落实", "（一）压实工作责任", "1.建立台账", "2.定期通报", "谢谢大家！"), texts(draft));
        Outline outline = new OutlineAnalyzer().analyzeDraft(draft.paragraphs());
        assertEquals(List.of("1 一、肯定成绩", "2 （一）办学条件明显改善", "2 （二）教师队伍不断壮大", "1 二、狠抓落实",
                "2 （一）压实工作责任", "3 1.建立台账", "3 2.定期通报"),
                outline.headings().stream().map(h -> h.level() + " " + h.marker().text() + h.text()).toList());
        assertEquals(List.of(), outline.problems());
    }

    @Test
    void theMarkerIsAPlainRunBeforeTheTextsOwnRuns() throws Exception {
        Draft draft = imported(document("<w:p><w:pPr>" + numPr(1, 0) + "</w:pPr>" + DocxFixtures.bold("总体要求") + "</w:p>"),
                null, numbering(GONGWEN_LIST, num(1, 0)));
        assertEquals(List.of(new StyledRun("一、", TextStyle.EMPTY), new StyledRun("总体要求", new TextStyle(true, false))),
                draft.paragraphs().get(0).runs());
    }

    @Test
    void aDecimalListInTheBodyIsNumberedOneTwo() throws Exception {
        Draft draft = imported(document(p(null, "今年要抓好以下工作："),
                numbered(null, 2, 0, "落实种粮补贴"), numbered(null, 2, 0, "做好政策宣传")),
                null, numbering(abstractNum(4, lvl(0, "decimal", "%1.")), num(2, 4)));
        assertEquals(List.of("今年要抓好以下工作：", "1.落实种粮补贴", "2.做好政策宣传"), texts(draft));
    }

    @Test
    void aBulletListGetsNoMarker() throws Exception {
        Draft draft = imported(document(numbered(null, 5, 0, "加强组织领导"), numbered(null, 5, 0, "强化督查考核")),
                null, numbering(abstractNum(7, lvl(0, "bullet", "\uF06C")), num(5, 7)));
        assertEquals(List.of("加强组织领导", "强化督查考核"), texts(draft));
    }

    @Test
    void headingStylesThatNumberTheirParagraphsGiveTheMarkers() throws Exception {
        String stylesXml = styles(
                "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:pPr>" + numPr(3, null)
                        + "</w:pPr></w:style>",
                "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:pPr>" + numPr(3, 1)
                        + "</w:pPr></w:style>",
                style("Mine", "我的一级标题", "1", null));
        // Level 0 names the style it numbers (w:pStyle), as Word writes lists linked to heading styles.
        String list = abstractNum(0, lvl(0, "chineseCounting", "%1、").replace("<w:numFmt", "<w:pStyle w:val=\"1\"/><w:numFmt"),
                lvl(1, "chineseCounting", "（%2）"));
        Draft draft = imported(document(p("1", "总体要求"), p("2", "指导思想"), p("2", "目标任务"), p("Mine", "保障措施")),
                stylesXml, numbering(list, num(3, 0)));
        assertEquals(List.of("一、总体要求", "（一）指导思想", "（二）目标任务", "二、保障措施"), texts(draft));
    }

    @Test
    void aMarkerTypedOverWordsNumberingIsNotDoubledButStillCounted() throws Exception {
        Draft draft = imported(document(numbered("1", 1, 0, "一、肯定成绩"), numbered("1", 1, 0, "狠抓落实"),
                numbered("2", 1, 1, "（一）压实责任"), numbered("2", 1, 1, "一是抓好春耕")),
                HEADING_STYLES, numbering(GONGWEN_LIST, num(1, 0)));
        assertEquals(List.of("一、肯定成绩", "二、狠抓落实", "（一）压实责任", "（二）一是抓好春耕"), texts(draft));
    }

    @Test
    void numIdZeroTurnsTheStylesNumberingOffAndUnknownListsAreIgnored() throws Exception {
        String stylesXml = styles("<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:pPr>"
                + numPr(1, 0) + "</w:pPr></w:style>");
        Draft draft = imported(document(p("1", "总体要求"), numbered("1", 0, null, "不编号的标题"), numbered(null, 9, 0, "未定义的列表"),
                p("1", "重点任务")), stylesXml, numbering(GONGWEN_LIST, num(1, 0)));
        assertEquals(List.of("一、总体要求", "不编号的标题", "未定义的列表", "二、重点任务"), texts(draft));
    }

    @Test
    void aListThatStartsOverCountsOnItsOwnWhileListsSharingADefinitionCountTogether() throws Exception {
        String restart = "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>";
        Draft draft = imported(document(numbered(null, 1, 0, "甲"), numbered(null, 2, 0, "乙"), numbered(null, 3, 0, "丙"),
                numbered(null, 3, 0, "丁")),
                null, numbering(abstractNum(0, lvl(0, "decimal", "%1.")), num(1, 0), num(2, 0), num(3, 0, restart)));
        assertEquals(List.of("1.甲", "2.乙", "1.丙", "2.丁"), texts(draft));
    }

    @Test
    void multiLevelAndLegalNumbersAreWrittenFromEveryLevel() throws Exception {
        String legal = "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:isLgl/>"
                + "<w:lvlText w:val=\"%1.%2\"/><w:suff w:val=\"space\"/></w:lvl>";
        Draft draft = imported(document(numbered(null, 1, 0, "总则"), numbered(null, 1, 1, "目的"), numbered(null, 1, 1, "依据")),
                null, numbering(abstractNum(0, lvl(0, "chineseCounting", "第%1章"), legal), num(1, 0)));
        // The blank Word puts after "1.1" goes with the clean-up's blanks between digits and Chinese.
        assertEquals(List.of("第一章\u3000总则", "1.1目的", "1.2依据"), texts(draft));
    }

    @Test
    void aLineBreakInANumberedParagraphNumbersOnlyItsFirstLine() throws Exception {
        Draft draft = imported(document("<w:p><w:pPr>" + numPr(1, 0) + "</w:pPr><w:r><w:t>肯定成绩</w:t><w:br/><w:t>今年以来</w:t></w:r></w:p>"),
                null, numbering(GONGWEN_LIST, num(1, 0)));
        assertEquals(List.of("一、肯定成绩", "今年以来"), texts(draft));
    }

    @Test
    void anEmptyNumberedParagraphIsCountedButLeftOut() throws Exception {
        Draft draft = imported(document(numbered(null, 1, 0, "肯定成绩"), numbered(null, 1, 0, ""), numbered(null, 1, 0, "狠抓落实")),
                null, numbering(GONGWEN_LIST, num(1, 0)));
        assertEquals(List.of("一、肯定成绩", "三、狠抓落实"), texts(draft));
    }

    @Test
    void headingLevelsStayTheStylesOwn() throws Exception {
        Draft draft = imported(document(numbered("1", 1, 0, "总体要求")), HEADING_STYLES, numbering(GONGWEN_LIST, num(1, 0)));
        Heading heading = new OutlineAnalyzer().analyzeDraft(draft.paragraphs()).headings().get(0);
        assertEquals(1, heading.level());
        assertEquals("一、", heading.marker().text());
    }
}

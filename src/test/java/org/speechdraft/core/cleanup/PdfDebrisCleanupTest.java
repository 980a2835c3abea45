package org.speechdraft.core.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.speechdraft.core.cleanup.Cleaning.BODY;
import static org.speechdraft.core.cleanup.Cleaning.kept;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page numbers, sentences broken across lines and spaces inside Chinese, as PDF extraction leaves them. */
class PdfDebrisCleanupTest {

    /** A paragraph long enough to fill a page's last line. */
    private static final String LONG = "全县上下紧紧围绕年初确定的目标任务，真抓实干，攻坚克难，持续加大投入力度，";

    @Test
    void pageNumberLinesGo() {
        assertEquals(List.of(BODY, BODY, BODY, BODY, BODY, BODY, BODY), kept(
                BODY, "- 3 -", BODY, "— 4 —", BODY, "第 5 页 共 10 页", BODY, "6/10", BODY, "Page 7", BODY, "8", BODY));
    }

    @Test
    void headingsYearsAndWordsLikePageStay() {
        List<String> content = List.of("1. 加强组织领导", "2019", "第一页的内容要重新排版，第3页的表格要核对。", "（1）压实责任");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }

    @Test
    void aSentenceCutByAPageBreakIsJoinedAgain() {
        assertEquals(List.of(LONG + "确保各项任务落到实处。"), kept(LONG, "", "- 2 -", "", "确保各项任务落到实处。"));
    }

    @Test
    void pageNumbersBeforeEachPagesFirstLineGoAndTheSentenceIsJoined() {
        String page = BODY.repeat(5);
        assertEquals(List.of("在全县教育工作会议上的讲话", page + "持续推进，确保完成任务。" + BODY, page, "二、加强领导"),
                kept("  1 在全县教育工作会议上的讲话",
                        page + "持续推进，",
                        "",
                        "  2 确保完成任务。" + BODY,
                        page,
                        "  3 二、加强领导"));
    }

    @Test
    void numberedListItemsCloseTogetherAreNoPageNumbers() {
        List<String> content = List.of("1 加强组织领导", "2 完善工作机制", "3 强化督促检查");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }

    @Test
    void linesWrappedAtAFixedWidthAreJoinedIntoParagraphs() {
        assertEquals(List.of(
                        "一、二〇二五年工作回顾",
                        "去年以来，全县教育系统认真落实上级部署，促进教育公平均衡发展，以办人民满意的教育为目标，"
                                + "狠抓落实，圆满完成各项工作任务。",
                        "（一）办学条件明显改善",
                        "全县新建和改扩建学校一批，办学条件得到明显改善，群众满意度不断提高，教育发展的基础更加牢固。"),
                kept("一、二〇二五年工作回顾",
                        "去年以来，全县教育系统认真落实上级部署，促进",
                        "教育公平均衡发展，以办人民满意的教育为目标，",
                        "狠抓落实，圆满完成各项工作任务。",
                        "（一）办学条件明显改善",
                        "全县新建和改扩建学校一批，办学条件得到明显改",
                        "善，群众满意度不断提高，教育发展的基础更加牢",
                        "固。"));
    }

    @Test
    void aShortLineWithoutPunctuationIsNotJoined() {
        List<String> content = List.of("在全县教育工作会议上的讲话", "同志们：", "我们一定要把这项工作做好", BODY);
        assertEquals(content, kept(content.toArray(String[]::new)));
    }

    @Test
    void spacesInsideChineseAndBeforeUnitsGo() {
        assertEquals(List.of("2019年，全县完成教师培训5401人次，投入XX万元，新建X所学校。"),
                kept("2019 年， 全县完成 教师培训 5401 人次，投入 XX 万元，新建 X 所学校。"));
    }

    @Test
    void spacesAroundLatinWordsBetweenFiguresAndInNameLinesStay() {
        List<String> content = List.of("要学会使用 Excel 表格统计 5G 基站数据。", "编号2024 0001的文件", "县长　张三", "张三 李四 王五");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }
}

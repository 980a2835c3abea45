package org.speechdraft.core.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

/** Values from a department's table go where their keys say, and nowhere else. */
class PlaceholderFillerTest {

    private static final TextStyle BOLD = TextStyle.EMPTY.withBold(true);
    private static final TextStyle MARKED = TextStyle.EMPTY.withHighlight(true);

    private final PlaceholderFiller filler = new PlaceholderFiller();

    /** A table from "key", "value", "key", "value" … */
    private static ValueTable values(String... keysAndValues) {
        List<ValueTable.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.add(new ValueTable.Entry(keysAndValues[i], keysAndValues[i + 1]));
        }
        return new ValueTable(entries);
    }

    private FillResult fill(List<String> lines, String... keysAndValues) {
        return filler.fillLines(lines, values(keysAndValues));
    }

    @Test
    void aFieldIsFilledEverywhereItOccursAndRememberedUnderItsName() {
        FillResult result = fill(List.of("在{{会议名称}}上的讲话", "同志们：", "这次{{ 会议名称 }}的主要任务是……"),
                "会议名称", "全县水利工作会议");

        assertEquals(List.of("在全县水利工作会议上的讲话", "同志们：", "这次全县水利工作会议的主要任务是……"), result.texts());
        assertEquals(2, result.filled().size());
        assertEquals(Map.of("会议名称", "全县水利工作会议"), result.recordedValues());
        assertEquals(List.of(), result.unmatched());
        assertEquals(List.of(), result.remaining());
    }

    @Test
    void aLabelTakesItsValueAndOnlyThePlaceholderChanges() {
        FillResult result = fill(List.of("三年来，累计投入资金XX亿元，新建**所学校。"), "投入资金", "12.5");

        assertEquals(List.of("三年来，累计投入资金12.5亿元，新建**所学校。"), result.texts());
        FillResult.Filled filled = result.filled().get(0);
        assertEquals("XX", filled.placeholder().text());
        assertEquals("12.5", filled.value());
        assertEquals(Map.of("投入资金▸XX▸亿元@0", "12.5"), result.recordedValues());
    }

    @Test
    void aUnitInBracketsMustAgreeWithThePlaceholdersUnit() {
        List<String> text = List.of("累计投入资金XX亿元，新建**所学校，新建XX个村卫生室。");

        FillResult result = fill(text, "投入资金（亿元）", "12.5", "新建(所)", "3", "新建【个】", "15");
        assertEquals(List.of("累计投入资金12.5亿元，新建3所学校，新建15个村卫生室。"), result.texts());

        FillResult mismatch = fill(text, "投入资金（万元）", "125000");
        assertEquals(text, mismatch.texts());
        assertEquals(List.of(new ValueTable.Entry("投入资金（万元）", "125000")), mismatch.unmatched());
    }

    @Test
    void aKeyWithoutUnitFillsEveryPlaceholderWithThatLabel() {
        FillResult result = fill(List.of("新建**所学校，新建XX个村卫生室。"), "新建", "3");

        assertEquals(List.of("新建3所学校，新建3个村卫生室。"), result.texts());
        assertEquals(2, result.recordedValues().size());
    }

    @Test
    void aUnitAlreadyInTheTextIsNotWrittenTwice() {
        FillResult result = fill(List.of("累计投入资金XX亿元，同比增长XX%，截至20XX年底。"),
                "投入资金", "12.5 亿元", "增长", "8.5％", "截至", "2025年");

        assertEquals(List.of("累计投入资金12.5亿元，同比增长8.5%，截至2025年底。"), result.texts());
    }

    @Test
    void valuesThatFitNothingAreReportedInFileOrder() {
        FillResult result = fill(List.of("累计投入资金XX亿元。"), "参会人数", "300", "投入资金", "12.5", "会议名称", "全县水利工作会议");

        assertEquals(List.of(new ValueTable.Entry("参会人数", "300"), new ValueTable.Entry("会议名称", "全县水利工作会议")),
                result.unmatched());
    }

    @Test
    void placeholdersLeftUnfilledAreReportedWhereTheyNowStand() {
        FillResult result = fill(List.of("在{{会议名称}}上的讲话", "累计投入资金XX亿元，新建**所学校。"),
                "会议名称", "全县水利工作会议", "投入资金", "12.5");

        assertEquals(1, result.remaining().size());
        Placeholder left = result.remaining().get(0);
        assertEquals("**", left.text());
        assertEquals("新建", left.label());
        assertEquals(1, left.paragraph());
        assertEquals("累计投入资金12.5亿元，新建".length(), left.start());
    }

    @Test
    void aLabelThatEndsWithTheKeyOrThatTheKeyEndsWithMatchesWhenItIsTheOnlyOne() {
        FillResult result = fill(List.of("全年完成固定资产投资XX亿元，今年财政收入XX万元。"),
                "固定资产投资", "56.3", "全县今年财政收入", "8900");

        assertEquals(List.of("全年完成固定资产投资56.3亿元，今年财政收入8900万元。"), result.texts());

        FillResult ambiguous = fill(List.of("一般公共预算收入XX亿元，税收收入XX亿元。"), "收入", "9");
        assertEquals(List.of(new ValueTable.Entry("收入", "9")), ambiguous.unmatched());
    }

    @Test
    void aGapWhereAFigureWasDeletedIsFilledWhenTheKeyIsItsLabel() {
        FillResult result = fill(List.of("农民人均收入增长%。", "粮食产量达到 吨。"), "增长", "6.5", "达到", "1.2万");

        assertEquals(List.of("农民人均收入增长6.5%。", "粮食产量达到1.2万吨。"), result.texts());
        assertEquals(Map.of("增长▸▸%@0", "6.5", "达到▸ ▸吨@1", "1.2万"), result.recordedValues());
    }

    @Test
    void eachPlaceholderTakesTheFirstValueThatNamesIt() {
        FillResult result = fill(List.of("累计投入资金XX亿元。"), "投入资金", "12.5", "投入资金（亿元）", "13");

        assertEquals(List.of("累计投入资金12.5亿元。"), result.texts());
        assertEquals(List.of(new ValueTable.Entry("投入资金（亿元）", "13")), result.unmatched());
    }

    @Test
    void stylesAndLevelsAreKeptAndTheValueTakesThePlaceholdersStyle() {
        DraftParagraph heading = DraftParagraph.of(ParagraphLevel.HEADING_1, "一、{{会议名称}}的主要成绩");
        DraftParagraph body = new DraftParagraph(ParagraphLevel.BODY, List.of(
                new StyledRun("累计投入资金", TextStyle.EMPTY),
                new StyledRun("X", BOLD),
                new StyledRun("X", TextStyle.EMPTY),
                new StyledRun("亿元", MARKED),
                new StyledRun("，成效明显。", TextStyle.EMPTY)));

        FillResult result = filler.fill(List.of(heading, body), values("会议名称", "全县水利工作会议", "投入资金", "12.5"));

        assertEquals(DraftParagraph.of(ParagraphLevel.HEADING_1, "一、全县水利工作会议的主要成绩"), result.paragraphs().get(0));
        assertEquals(new DraftParagraph(ParagraphLevel.BODY, List.of(
                new StyledRun("累计投入资金", TextStyle.EMPTY),
                new StyledRun("12.5", BOLD),
                new StyledRun("亿元", MARKED),
                new StyledRun("，成效明显。", TextStyle.EMPTY))), result.paragraphs().get(1));
    }

    @Test
    void widthSpacesAndBracesInKeysDoNotMatter() {
        FillResult result = fill(List.of("在{{会议名称}}上，累计投入资金XX亿元，增长XX%。"),
                "{{会议名称}}", "全县水利工作会议", " 投入 资金（亿元）：", "12.5", "增长（％）", "8");

        assertEquals(List.of("在全县水利工作会议上，累计投入资金12.5亿元，增长8%。"), result.texts());
    }
}

package org.speechdraft.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

class ProofreaderTest {

    private final Proofreader proofreader = new Proofreader();

    private List<Problem> check(String... lines) {
        return proofreader.checkText(List.of(lines), CheckOptions.DEFAULTS);
    }

    private static List<Problem> of(List<Problem> problems, CheckKind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    private static final String[] SPEECH = {
        "同志们：", "一要提高认识。", "二要突出重点。", "二要强化保障。", "谢谢大家！"};

    @Test
    void theRepeatedSecondPointOfTheSeedIsANumberingProblem() {
        List<Problem> numbering = of(check(SPEECH), CheckKind.NUMBERING);

        assertEquals(1, numbering.size(), numbering.toString());
        assertEquals(3, numbering.get(0).paragraph());
        assertEquals("二要", "二要强化保障。".substring(numbering.get(0).start(), numbering.get(0).end()));
    }

    @Test
    void halfWidthPunctuationInChineseTextHasASafeFix() {
        List<Problem> found = of(check("今天,我们在这里开会:", "Yes, we can. 时间是10:30。"), CheckKind.HALF_WIDTH_PUNCTUATION);

        assertEquals(2, found.size(), "English and times keep their marks: " + found);
        assertEquals("，", found.get(0).fix());
        assertEquals("：", found.get(1).fix());
    }

    @Test
    void unmatchedQuotesBracketsAndTitleMarksAreFound() {
        List<Problem> found = of(check("学习《条例》和“两个维护。", "要做到（一）抓落实）。", "《意见》要求"),
                CheckKind.UNMATCHED_PAIR);

        assertEquals(2, found.size(), found.toString());
        assertEquals(0, found.get(0).paragraph());
        assertTrue(found.get(0).message().contains("“"));
        assertEquals(1, found.get(1).paragraph());
    }

    @Test
    void slipsAreDoubledWordsButReduplicationOnPurposeIsNot() {
        List<Problem> found = of(check("这是我们的的任务。", "我们我们要抓好落实。", "一步一步来，天天讲，常常抓，研究研究再定。"),
                CheckKind.DOUBLED);

        assertEquals(2, found.size(), found.toString());
        assertEquals("的", found.get(0).fix());
        assertEquals("我们", found.get(1).fix());
    }

    @Test
    void figuresToFillAreListed() {
        List<Problem> found = of(check("投入资金XX亿元。"), CheckKind.PLACEHOLDER);

        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("XX"));
    }

    @Test
    void theMinorityDigitWidthIsFlaggedWithAConversion() {
        List<Problem> found = of(check("2024年投入12亿元，2025年投入１５亿元。"), CheckKind.MIXED_DIGITS);

        assertEquals(1, found.size());
        assertEquals("15", found.get(0).fix());
    }

    @Test
    void aSentenceTooLongToSayInOneBreathIsMarkedButHeadingsAreNot() {
        String longOne = "我们要" + "坚持问题导向和目标导向相统一".repeat(8) + "。短句。";
        List<Problem> found = of(check(longOne), CheckKind.LONG_SENTENCE);

        assertEquals(1, found.size());
        assertEquals(0, found.get(0).start());
        assertTrue(of(proofreader.checkText(List.of(longOne), CheckOptions.DEFAULTS.withLongestSentence(200)),
                CheckKind.LONG_SENTENCE).isEmpty(), "the limit is the user's");
    }

    @Test
    void aSpeechWithoutSalutationOrClosingIsTold() {
        List<Problem> found = of(check("一、提高认识", "要提高认识。", "二、抓好落实", "要抓好落实。"), CheckKind.MISSING_PART);

        assertEquals(2, found.size(), found.toString());
        assertTrue(of(check(SPEECH), CheckKind.MISSING_PART).isEmpty());
        assertTrue(of(check("只是一段话，没有标题。"), CheckKind.MISSING_PART).isEmpty(), "a note is not a speech");
    }

    @Test
    void aCheckSwitchedOffFindsNothing() {
        CheckOptions noPunctuation = CheckOptions.DEFAULTS.with(CheckKind.HALF_WIDTH_PUNCTUATION, false);

        assertTrue(of(proofreader.checkText(List.of("今天,我们"), noPunctuation), CheckKind.HALF_WIDTH_PUNCTUATION).isEmpty());
    }

    @Test
    void paragraphLevelsOfADraftCount() {
        List<DraftParagraph> draft = List.of(DraftParagraph.of(ParagraphLevel.SALUTATION, "各位代表"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、总体情况"),
                DraftParagraph.of(ParagraphLevel.CLOSING, "散会。"));

        assertTrue(of(proofreader.check(draft, CheckOptions.DEFAULTS), CheckKind.MISSING_PART).isEmpty());
    }

    @Test
    void aParagraphCheckedOnceIsPlacedWhereverItIsNow() {
        String slip = "今天,我们的的任务是学习《条例。";
        String longOne = "我们要" + "坚持问题导向和目标导向相统一".repeat(8) + "。";
        // found while each was paragraph 0, as an editor keeps them for unchanged paragraphs
        ParagraphProblems slipFound = ParagraphProblems.of(slip, CheckOptions.DEFAULTS);
        ParagraphProblems longFound = ParagraphProblems.of(longOne, CheckOptions.DEFAULTS);
        List<DraftParagraph> draft = List.of(DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                DraftParagraph.of(ParagraphLevel.HEADING_1, longOne),
                DraftParagraph.of(ParagraphLevel.BODY, longOne),
                DraftParagraph.of(ParagraphLevel.BODY, slip),
                DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"));
        List<ParagraphProblems> kept = List.of(ParagraphProblems.of("同志们：", CheckOptions.DEFAULTS), longFound,
                longFound, slipFound, ParagraphProblems.of("谢谢大家！", CheckOptions.DEFAULTS));

        List<Problem> found = proofreader.check(draft, CheckOptions.DEFAULTS, kept);

        assertEquals(proofreader.check(draft, CheckOptions.DEFAULTS), found);
        assertEquals(List.of(3, 3, 3), found.stream()
                .filter(p -> p.kind() == CheckKind.HALF_WIDTH_PUNCTUATION || p.kind() == CheckKind.DOUBLED
                        || p.kind() == CheckKind.UNMATCHED_PAIR)
                .map(Problem::paragraph).toList());
        assertEquals(List.of(2), of(found, CheckKind.LONG_SENTENCE).stream().map(Problem::paragraph).toList(),
                "the same sentence in the heading does not count");
    }
}

package org.speechdraft.core.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.speechdraft.core.cleanup.Cleaning.BODY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.RunEdits;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

/** What the preview is told, and what switching a rule off does. */
class CleanupReportTest {

    @Test
    void everyRuleHasAChineseNameAndDescription() {
        assertEquals(16, Cleaner.rules().size());
        for (RuleInfo rule : Cleaner.rules()) {
            assertTrue(rule.name().codePoints().anyMatch(Character::isIdeographic), rule.id());
            assertTrue(rule.description().length() > 10, rule.id());
        }
        assertFalse(Cleaner.rule("traditional").orElseThrow().onByDefault());
    }

    @Test
    void eachRuleReportsWhatItRemovedAndChangedWithTheLineItCameFrom() {
        CleanupResult result = Cleaning.clean("您的当前位置：首页 > 讲话稿 >", "同志们:", BODY, "- 2 -");
        RuleReport navigation = result.report().rule("site-navigation").orElseThrow();
        assertEquals(List.of(new CleanupChange(ChangeKind.REMOVED, 0, "您的当前位置：首页 > 讲话稿 >", "", List.of())),
                navigation.changes());
        CleanupChange punctuation = result.report().rule("punctuation").orElseThrow().changes().get(0);
        assertEquals(1, punctuation.line());
        assertEquals("同志们：", punctuation.after());
        assertEquals(List.of(new RunEdits.Edit(3, 4, "：")), punctuation.edits());
        assertEquals(3, result.report().rule("page-numbers").orElseThrow().changes().get(0).line());
        assertEquals("删除 1 行", navigation.summary());
        assertEquals(List.of("site-navigation", "page-numbers", "punctuation"),
                result.report().effective().stream().map(r -> r.rule().id()).toList());
    }

    @Test
    void aRuleSwitchedOffLeavesItsNoise() {
        CleanupResult result = Cleaning.clean(CleanupOptions.DEFAULTS.without("page-numbers"), BODY, "- 2 -", BODY);
        assertEquals(List.of(BODY, "- 2 -", BODY), result.lines());
        RuleReport off = result.report().rule("page-numbers").orElseThrow();
        assertFalse(off.enabled());
        assertTrue(off.changes().isEmpty());
    }

    @Test
    void boldAndHighlightStayWhereTheTextIsUnchanged() {
        TextStyle bold = new TextStyle(true, false);
        TextStyle marked = new TextStyle(false, true);
        DraftParagraph heading = new DraftParagraph(ParagraphLevel.HEADING_1,
                List.of(new StyledRun("一、 肯定成绩", bold), new StyledRun(",正视差距", marked)));
        CleanupResult result = new Cleaner().cleanParagraphs(List.of(heading), CleanupOptions.DEFAULTS);
        assertEquals(List.of(new DraftParagraph(ParagraphLevel.HEADING_1,
                List.of(new StyledRun("一、肯定成绩", bold), new StyledRun("，正视差距", marked)))), result.paragraphs());
    }
}

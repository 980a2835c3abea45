package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.speech.SpeechTiming;
import org.speechdraft.core.speech.SpokenLength;

class SpeakingTimeWindowTest extends WindowTest {

    private static final String BODY = "全市上下认真贯彻落实各项决策部署，累计投入资金12.5亿元，新建学校16所，"
            .repeat(8);

    private static List<DraftParagraph> speech() {
        List<DraftParagraph> paragraphs = new ArrayList<>();
        paragraphs.add(DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："));
        paragraphs.add(DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"));
        paragraphs.add(DraftParagraph.of(ParagraphLevel.BODY, BODY));
        paragraphs.add(DraftParagraph.of(ParagraphLevel.HEADING_1, "二、明确任务"));
        paragraphs.add(DraftParagraph.of(ParagraphLevel.BODY, BODY + BODY));
        return paragraphs;
    }

    private static String at200(int syllables) {
        return SpeechTiming.describe(SpeechTiming.minutes(syllables, 200));
    }

    @Test
    void theStatusBarAndEachSectionShowHowLongTheyTakeToSay() {
        loadParagraphs(speech());
        waitForOutline();

        int total = speech().stream().mapToInt(p -> SpokenLength.of(p.text())).sum();
        assertEquals(UiText.get("status.time", at200(total)), labelText("statusTime"));
        int second = SpokenLength.of("二、明确任务") + SpokenLength.of(BODY + BODY);
        assertEquals(at200(second), timeShownFor("二、明确任务"));
    }

    @Test
    void aSectionsTimeFollowsWhatIsTypedInIt() {
        loadParagraphs(speech());
        waitForOutline();
        // the caret at the end of the first section's body, typed as a user types
        interact(() -> area().moveTo(2, area().getParagraphLength(2)));
        clickOn(area());
        interact(() -> area().moveTo(2, area().getParagraphLength(2)));
        String added = BODY + BODY + BODY;
        interact(() -> area().replaceSelection(added));
        waitForOutline();

        int first = SpokenLength.of("一、肯定成绩") + SpokenLength.of(BODY + added);
        assertEquals(at200(first), timeShownFor("一、肯定成绩"));
        int second = SpokenLength.of("二、明确任务") + SpokenLength.of(BODY + BODY);
        assertEquals(at200(second), timeShownFor("二、明确任务"));
    }

    @Test
    void aTargetShowsWhenTheSpeechRunsOver() {
        loadParagraphs(speech());
        waitForOutline();
        later(() -> window.controller().editMeta());
        interact(() -> lookup("#metaTarget").queryAs(Spinner.class).getValueFactory().setValue(1));
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.isDefaultButton()).queryButton());

        Label time = lookup("#statusTime").queryAs(Label.class);
        assertTrue(time.getText().contains("超出目标"), time.getText());
        assertTrue(time.getPseudoClassStates().contains(PseudoClass.getPseudoClass("over")), "shown in red");
    }

    private String timeShownFor(String heading) {
        TreeCell<?> cell = lookup(".sd-outline-cell").match(n -> n instanceof TreeCell<?> c && heading.equals(c.getText()))
                .queryAs(TreeCell.class);
        return cell.getGraphic().lookupAll(".sd-outline-time").stream().map(n -> ((Label) n).getText())
                .findFirst().orElseThrow();
    }
}

package org.speechdraft.ui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.text.TextMatch;
import org.speechdraft.ui.UiText;

/** Find/replace behaviour without a window: a text buffer stands in for the editor. */
class FindModelTest {

    /** The editor stand-in: text, a selection, and replace-all counted as edits. */
    private static final class Buffer implements FindTarget {
        StringBuilder text;
        int selStart;
        int selEnd;
        int replaceCalls;

        Buffer(String text) {
            this.text = new StringBuilder(text);
        }

        @Override public String text() { return text.toString(); }
        @Override public int caretPosition() { return selEnd; }
        @Override public int selectionStart() { return selStart; }
        @Override public void select(int start, int end) { selStart = start; selEnd = end; }

        @Override
        public void replaceAll(List<TextMatch> ranges, String replacement) {
            replaceCalls++;
            for (int i = ranges.size() - 1; i >= 0; i--) {
                text.replace(ranges.get(i).start(), ranges.get(i).end(), replacement);
            }
        }
    }

    @Test
    void typingAQuerySelectsTheFirstMatchAfterTheCaretAndCounts() {
        Buffer b = new Buffer("新建XX所学校，投入XX亿元，培训XX名");
        b.select(5, 5);
        FindModel model = new FindModel(b);
        model.queryProperty().set("XX");
        assertEquals(UiText.get("find.count", 2, 3), model.statusProperty().get());
        assertEquals(10, b.selStart);
    }

    @Test
    void nextAndPreviousWrapAround() {
        Buffer b = new Buffer("XX一XX二XX");
        FindModel model = new FindModel(b);
        model.queryProperty().set("XX");
        model.previous();
        assertEquals(6, b.selStart);
        model.next();
        assertEquals(0, b.selStart);
    }

    @Test
    void replaceAllIsOneEditAndReportsHowMany() {
        Buffer b = new Buffer("XX万元和XX万元");
        FindModel model = new FindModel(b);
        model.queryProperty().set("XX");
        model.replacementProperty().set("120");
        assertEquals(2, model.replaceAll());
        assertEquals("120万元和120万元", b.text());
        assertEquals(1, b.replaceCalls);
        model.refresh(); // the editor re-checks after its text changed
        assertEquals(UiText.get("find.replaced", 2), model.statusProperty().get());
    }

    @Test
    void replaceReplacesTheCurrentMatchAndMovesOn() {
        Buffer b = new Buffer("XX和XX");
        FindModel model = new FindModel(b);
        model.queryProperty().set("XX");
        model.replacementProperty().set("五");
        model.replaceCurrent();
        assertEquals("五和XX", b.text());
        assertEquals(2, b.selStart);
    }

    @Test
    void noMatchSaysSo() {
        FindModel model = new FindModel(new Buffer("同志们"));
        model.queryProperty().set("XX");
        assertEquals(UiText.get("find.count.none"), model.statusProperty().get());
    }
}

package org.speechdraft.ui;

import javafx.collections.FXCollections;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;

/** The events a pinyin input method sends while composing and when committing. */
final class ImeEvents {

    private ImeEvents() {
    }

    static InputMethodEvent composing(String text) {
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                FXCollections.observableArrayList(new InputMethodTextRun(text, InputMethodHighlight.UNSELECTED_RAW)),
                "", text.length());
    }

    static InputMethodEvent committed(String text) {
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                FXCollections.observableArrayList(), text, 0);
    }
}

package org.speechdraft.ui;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** A non-editable combo box that shows its values by a name of their own (层级, 排版方案). */
public final class ChoiceNames {

    private ChoiceNames() {
    }

    public static <T> void show(ComboBox<T> box, Function<T, String> name) {
        StringConverter<T> names = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null; // never typed in
            }
        };
        box.setConverter(names);
        // The button shows the chosen value through the same names (the default cell would use toString()).
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : names.toString(item));
            }
        });
    }
}

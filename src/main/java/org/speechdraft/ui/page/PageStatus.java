package org.speechdraft.ui.page;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.speechdraft.ui.UiText;

/** The status bar's "第3页/共8页", with the layout it counts in as its tooltip. */
public final class PageStatus {

    private PageStatus() {
    }

    public static void bind(Label label, PagesModel pages) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("status.pages", pages.caretPageProperty().get(), pages.pageCountProperty().get()),
                pages.caretPageProperty(), pages.pageCountProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("status.pages.tooltip", pages.presetProperty().get().name()), pages.presetProperty()));
        label.setTooltip(tip);
    }
}

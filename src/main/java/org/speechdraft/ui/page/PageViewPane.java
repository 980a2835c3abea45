package org.speechdraft.ui.page;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.ui.LazyPane;

/**
 * 页面视图 shown beside the editor in the window's split, or not: loaded the first time, kept
 * while hidden so that it opens again where it was.
 */
public final class PageViewPane {

    /** The share of the split's width the pages take when they open. */
    private static final double SHARE = 0.3;
    /** The outline's share of the width while the pages are shown, at most. */
    private static final double NARROW_SIDE = 0.16;

    private final SplitPane split;
    private final int index;
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final LazyPane<PageViewController> pane;
    private Parent node;

    /**
     * @param index where in the split the pages go (after the editor)
     */
    public PageViewPane(SplitPane split, int index, PagesModel pages, Supplier<List<ExportPreset>> presets,
                        PageViewController.GoTo goTo) {
        this.split = split;
        this.index = index;
        this.pane = new LazyPane<>(PageViewController.class, "PageView.fxml", (controller, root) -> {
            controller.bind(pages, presets.get(), goTo, () -> showing.set(false));
            node = root;
        });
        showing.addListener((obs, was, now) -> show(now));
    }

    private void show(boolean now) {
        if (now) {
            pane.controller();
            double[] dividers = split.getDividerPositions();
            split.getItems().add(index, node);
            SplitPane.setResizableWithParent(node, false);
            if (dividers.length == index) {
                // the pages take a share of the width: some from the panes before the editor, most from the editor
                double right = dividers[index - 1];
                for (int k = 0; k < index - 1; k++) {
                    split.setDividerPosition(k, Math.min(dividers[k], NARROW_SIDE));
                }
                split.setDividerPosition(index - 1, right - SHARE);
                split.setDividerPosition(index, right);
            }
        } else {
            split.getItems().remove(node);
        }
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    public void toggle() {
        showing.set(!showing.get());
    }
}

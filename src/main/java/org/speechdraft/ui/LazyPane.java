package org.speechdraft.ui;

import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.speechdraft.ui.dialog.DialogPanes;

/**
 * A pane laid out in FXML that is loaded, bound and put into the window the first time it is
 * needed. Why: every pane in the scene at start-up is styled and gets its controls' skins in the
 * window's first CSS pass, hidden or not; the 校对 tab and the find bar, which many sessions never
 * open, made start-up about 80 ms slower on a two-core office PC.
 *
 * @param <C> the pane's controller
 */
public final class LazyPane<C> {

    private final Class<C> controllerClass;
    private final String fxmlName;
    private final BiConsumer<C, Parent> attach;
    private C controller;

    /**
     * @param fxmlName found beside {@code controllerClass}
     * @param attach binds the loaded controller and puts its pane into the window
     */
    public LazyPane(Class<C> controllerClass, String fxmlName, BiConsumer<C, Parent> attach) {
        this.controllerClass = controllerClass;
        this.fxmlName = fxmlName;
        this.attach = attach;
    }

    /**
     * The content of {@code tab}, loaded when the tab is first selected (or its controller first
     * asked for) and then bound by {@code bind}.
     */
    public static <C> LazyPane<C> inTab(javafx.scene.control.Tab tab, Class<C> controllerClass, String fxmlName,
                                        java.util.function.Consumer<C> bind) {
        LazyPane<C> pane = new LazyPane<>(controllerClass, fxmlName, (controller, node) -> {
            bind.accept(controller);
            tab.setContent(node);
        });
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                pane.controller();
            }
        });
        return pane;
    }

    /** The controller, loading and attaching the pane first if it is not yet. */
    public C controller() {
        if (controller == null) {
            FXMLLoader loader = DialogPanes.load(controllerClass, fxmlName);
            controller = controllerClass.cast(loader.getController());
            attach.accept(controller, loader.getRoot());
        }
        return controller;
    }

    /** The controller if the pane has been needed already; nothing to update otherwise. */
    public Optional<C> ifLoaded() {
        return Optional.ofNullable(controller);
    }
}

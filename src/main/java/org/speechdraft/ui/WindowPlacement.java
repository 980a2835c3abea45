package org.speechdraft.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.speechdraft.core.storage.WindowBounds;

/** A saved window position is used only if the window would still be reachable on a screen. */
final class WindowPlacement {

    private WindowPlacement() {
    }

    static boolean isVisibleOnSomeScreen(WindowBounds b) {
        if (b.width() < 200 || b.height() < 150) {
            return false;
        }
        // The title bar's top-left area must be on a screen so the user can grab the window.
        Rectangle2D titleArea = new Rectangle2D(b.x(), b.y(), Math.min(b.width(), 200), 30);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleArea));
    }
}

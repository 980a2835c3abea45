package org.speechdraft.core.storage;

/** Where the main window was, so it reopens there. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** False for sizes that would make an invisible window (zero, negative, NaN): better let the app choose. */
    public boolean isUsable() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width > 0 && height > 0;
    }
}

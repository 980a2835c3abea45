package org.speechdraft.core.outline;

/** Which width a level writes its markers in (（一） or (一), 1. or 1．): the majority; on a tie the first. */
final class WidthTally {

    private int halfWidth;
    private int fullWidth;
    private Boolean first;

    void add(boolean isFullWidth) {
        if (first == null) {
            first = isFullWidth;
        }
        if (isFullWidth) {
            fullWidth++;
        } else {
            halfWidth++;
        }
    }

    boolean usualIsFullWidth() {
        return fullWidth == halfWidth ? Boolean.TRUE.equals(first) : fullWidth > halfWidth;
    }
}

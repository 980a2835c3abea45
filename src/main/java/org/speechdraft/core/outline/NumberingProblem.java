package org.speechdraft.core.outline;

/**
 * Something wrong with the numbering, for the outline pane and the checks.
 *
 * @param kind      what is wrong
 * @param message   the problem in Chinese, for the user
 * @param paragraph where (paragraph/line index)
 * @param start     char offset in that paragraph
 */
public record NumberingProblem(Kind kind, String message, int paragraph, int start) {

    public enum Kind { GAP, DUPLICATE, WRONG_ORDER, STYLE_MISFIT, MIXED_WIDTH, ANNOUNCED_COUNT }
}

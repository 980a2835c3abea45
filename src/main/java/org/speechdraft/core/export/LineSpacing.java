package org.speechdraft.core.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The distance between lines: an exact height in points (what fits 22 lines on a 公文 page) or a
 * multiple of the single line height (1.5 for a reading copy).
 */
public record LineSpacing(Rule rule, double value) {

    public enum Rule {
        @JsonProperty("exact") EXACT,
        @JsonProperty("multiple") MULTIPLE
    }

    public LineSpacing {
        Objects.requireNonNull(rule, "rule");
        boolean sane = rule == Rule.EXACT ? value >= 6 && value <= 200 : value >= 0.5 && value <= 5;
        if (!sane) {
            throw new IllegalArgumentException("line spacing out of range: " + rule + " " + value);
        }
    }

    public static LineSpacing exact(double points) {
        return new LineSpacing(Rule.EXACT, points);
    }

    public static LineSpacing multiple(double lines) {
        return new LineSpacing(Rule.MULTIPLE, lines);
    }
}

package org.speechdraft.core.check;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which checks run, and how long a sentence may be before it is too long to say in one breath.
 *
 * @param off              the checks switched off
 * @param longestSentence  in counted characters (字) between 。！？；; official prose runs long, past 100 it is hard to say
 */
public record CheckOptions(Set<CheckKind> off, int longestSentence) {

    public static final CheckOptions DEFAULTS = new CheckOptions(Set.of(), 100);

    public CheckOptions {
        off = off.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(off));
        longestSentence = Math.max(10, longestSentence);
    }

    public boolean isOn(CheckKind kind) {
        return !off.contains(kind);
    }

    public CheckOptions with(CheckKind kind, boolean on) {
        Set<CheckKind> next = off.isEmpty() ? EnumSet.noneOf(CheckKind.class) : EnumSet.copyOf(off);
        if (on) {
            next.remove(kind);
        } else {
            next.add(kind);
        }
        return new CheckOptions(next, longestSentence);
    }

    public CheckOptions withLongestSentence(int chars) {
        return new CheckOptions(off, chars);
    }
}

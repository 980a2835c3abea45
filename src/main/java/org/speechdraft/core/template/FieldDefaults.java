package org.speechdraft.core.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Default values of fields, resolved when a draft is made: literal text, or one of the tokens
 * {{今年}}, {{去年}}, {{明年}} (a year, "2026") and {{今天}} ("2026年11月23日"), alone or inside text
 * ("{{今年}}年度").
 */
public final class FieldDefaults {

    static final String THIS_YEAR = "今年";
    static final String LAST_YEAR = "去年";
    static final String NEXT_YEAR = "明年";
    static final String TODAY = "今天";
    private static final Set<String> TOKENS = Set.of(THIS_YEAR, LAST_YEAR, NEXT_YEAR, TODAY);

    private FieldDefaults() {
    }

    /** {@code defaultValue} with its tokens replaced for {@code today}. */
    public static String resolve(String defaultValue, LocalDate today) {
        return FieldText.fill(defaultValue, Map.of(
                THIS_YEAR, String.valueOf(today.getYear()),
                LAST_YEAR, String.valueOf(today.getYear() - 1),
                NEXT_YEAR, String.valueOf(today.getYear() + 1),
                TODAY, dateText(today)));
    }

    /** A date as speeches write it: 2026年11月23日. */
    public static String dateText(LocalDate date) {
        return TemplateTexts.get("default.date", String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getDayOfMonth()));
    }

    /** The {{…}} in {@code defaultValue} that are not tokens we know. */
    static List<String> unknownTokens(String defaultValue) {
        return FieldText.names(defaultValue).stream().filter(name -> !TOKENS.contains(name)).toList();
    }
}

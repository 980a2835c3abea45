package org.speechdraft.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderDetector;

/**
 * Fields in a template's text, {{name}}, found by the same detector that shows them in the
 * placeholder panel, so a template and the drafts made from it agree on what a field is.
 */
final class FieldText {

    private static final PlaceholderDetector DETECTOR = new PlaceholderDetector();

    private FieldText() {
    }

    static String token(String name) {
        return "{{" + name + "}}";
    }

    /** The names of the fields in {@code text}, in order, repeats included. */
    static List<String> names(String text) {
        return fields(text).stream().map(Placeholder::label).toList();
    }

    /** A name the detector reads back as itself from {{name}}: not blank, not too long, no braces. */
    static boolean isValidName(String name) {
        return !name.isBlank() && name.equals(name.strip()) && names(token(name)).equals(List.of(name));
    }

    /** {@code text} with each field that has a value in {@code values} replaced by it; others stay. */
    static String fill(String text, Map<String, String> values) {
        List<Placeholder> fields = fields(text);
        if (fields.isEmpty()) {
            return text;
        }
        StringBuilder filled = new StringBuilder(text.length());
        int copied = 0;
        for (Placeholder field : fields) {
            String value = values.get(field.label());
            if (value != null) {
                filled.append(text, copied, field.start()).append(value);
                copied = field.end();
            }
        }
        return filled.append(text, copied, text.length()).toString();
    }

    /**
     * The fields of {@code text}, with their places in it. The detector is asked about each "{{…}}"
     * alone rather than about the whole paragraph: the answer is the same, and reading a library of
     * a thousand templates does not scan all their prose for figures.
     */
    private static List<Placeholder> fields(String text) {
        List<Placeholder> fields = new ArrayList<>();
        int at = text.indexOf("{{");
        while (at >= 0) {
            int close = text.indexOf("}}", at + 2);
            if (close < 0) {
                break;
            }
            int end = close + 2;
            List<Placeholder> found = DETECTOR.detectIn(text.substring(at, end), 0);
            Placeholder whole = found.size() == 1 && found.get(0).field() && found.get(0).start() == 0
                    && found.get(0).end() == end - at ? found.get(0) : null;
            if (whole != null) {
                fields.add(new Placeholder(whole.text(), whole.kind(), whole.label(), whole.unit(), 0, at, end,
                        whole.context(), true));
            }
            at = text.indexOf("{{", whole != null ? end : at + 1);
        }
        return fields;
    }
}

package org.speechdraft.core.export;

import java.util.List;
import java.util.Objects;

/**
 * The faces of one kind of text.
 *
 * @param eastAsia  the Chinese face the standard names, e.g. 仿宋_GB2312; what the DOCX asks for
 * @param fallbacks faces to use, in order, on a machine without {@code eastAsia} (the 方正 and
 *                  _GB2312 faces are missing from most new Windows and all Linux installs)
 * @param latin     the face for Latin letters and digits, e.g. Times New Roman
 */
public record FontSpec(String eastAsia, List<String> fallbacks, String latin) {

    public static final String TIMES = "Times New Roman";

    public FontSpec {
        eastAsia = requireName(eastAsia, "eastAsia");
        latin = requireName(latin, "latin");
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
    }

    /** {@code eastAsia} with Times New Roman for Latin letters and digits, the usual 公文 pairing. */
    public static FontSpec withTimes(String eastAsia, String... fallbacks) {
        return new FontSpec(eastAsia, List.of(fallbacks), TIMES);
    }

    public FontSpec withEastAsia(String face) {
        return new FontSpec(face, fallbacks, latin);
    }

    private static String requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " must name a font");
        }
        return name.strip();
    }
}

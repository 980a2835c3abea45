package org.speechdraft.core.template;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Template ids: lower-case ASCII slugs ("safety-meeting"), safe as file names on every OS. */
public final class TemplateIds {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int LONGEST = 64;
    /** The base of the ids of templates the user makes from a draft. */
    static final String USER_BASE = "my-template";

    private TemplateIds() {
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= LONGEST && SLUG.matcher(id).matches();
    }

    /** {@code base} if free, else base-2, base-3 …; a base that is no slug becomes {@value #USER_BASE}. */
    static String unique(String base, Predicate<String> taken) {
        String root = isValid(base) ? withoutCounter(base) : USER_BASE;
        if (isValid(base) && !taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = root + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** "work-meeting-3" → "work-meeting", so copies of copies count on instead of growing -2-2; room left for "-N". */
    private static String withoutCounter(String id) {
        String root = id.replaceFirst("-[0-9]+$", "");
        if (root.length() > LONGEST - 8) {
            root = root.substring(0, LONGEST - 8);
        }
        return root.endsWith("-") ? root.substring(0, root.length() - 1) : root;
    }
}

package org.speechdraft.core.template;

import java.util.Locale;

/** Where a template was loaded from; not part of the template file. */
public enum TemplateSource {
    /** Shipped with the app; read-only. */
    BUILTIN,
    /** The user's own, in {@code <AppHome>/templates}. */
    USER,
    /** An office's shared folder (a network drive); read-only. */
    SHARED;

    /** "builtin", "user", "shared", as scripts see it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 内置, 我的, 共享. */
    public String displayName() {
        return TemplateTexts.get("source." + id());
    }

    public boolean isReadOnly() {
        return this != USER;
    }
}

package org.speechdraft.core.outline;

import org.speechdraft.core.i18n.Messages;

/** The outline's user-facing texts (numbering problems), in Chinese. */
final class OutlineMessages {

    private static final Messages MESSAGES = new Messages("org.speechdraft.core.outline.messages");

    private OutlineMessages() {
    }

    static String get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    /** 一级, 二级 … as Chinese writes levels. */
    static String level(int level) {
        return ChineseNumerals.of(level);
    }
}

package org.speechdraft.ui.action;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

/**
 * One user action, declared once and used by menu, toolbar and shortcut alike.
 *
 * @param textKey     bundle key of the menu text (with mnemonic)
 * @param icon        toolbar icon name in icons/toolbar, or null for menu-only actions
 * @param tooltipKey  bundle key of the toolbar tooltip, or null
 * @param accelerator shortcut, or null
 * @param disabled    when the action cannot run, or null for always enabled
 */
public record AppAction(String textKey, String icon, String tooltipKey, KeyCombination accelerator,
                        Runnable handler, ObservableBooleanValue disabled) {

    public boolean hasIcon() {
        return icon != null;
    }
}

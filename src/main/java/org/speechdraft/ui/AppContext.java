package org.speechdraft.ui;

import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.RecoveryStore;
import org.speechdraft.core.storage.SettingsStore;
import org.speechdraft.ui.document.SettingsKeeper;

/** What every window shares: the user's data folder, settings and crash-recovery store. */
public record AppContext(AppHome home, SettingsKeeper settings, RecoveryStore recovery) {

    public static AppContext at(AppHome home) {
        return new AppContext(home, new SettingsKeeper(new SettingsStore(home)), new RecoveryStore(home));
    }
}

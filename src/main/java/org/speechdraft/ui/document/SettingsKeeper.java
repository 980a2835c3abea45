package org.speechdraft.ui.document;

import java.io.IOException;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.speechdraft.core.storage.Settings;
import org.speechdraft.core.storage.SettingsStore;

/** The current settings as an observable value; every change is written at once. */
public final class SettingsKeeper {

    private final SettingsStore store;
    private final ReadOnlyObjectWrapper<Settings> settings;

    public SettingsKeeper(SettingsStore store) {
        this.store = store;
        this.settings = new ReadOnlyObjectWrapper<>(store.load());
    }

    public Settings get() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<Settings> property() {
        return settings.getReadOnlyProperty();
    }

    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings.get());
        settings.set(next);
        try {
            store.save(next);
        } catch (IOException e) {
            // Settings are a convenience: failing to persist them must not interrupt the user's work.
            System.err.println("speechdraft: 无法保存设置：" + e.getMessage());
        }
    }
}

package org.speechdraft.ui.template;

import java.nio.file.Path;
import java.util.Objects;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.template.TemplateLibrary;
import org.speechdraft.ui.document.SettingsKeeper;

/**
 * The window's template library, loaded when first needed (not at start-up) and loaded anew when
 * the shared folder in the settings changes. Used on the FX thread only, as the library is not
 * thread-safe.
 */
public final class TemplateLibraryKeeper {

    private final AppHome home;
    private final SettingsKeeper settings;
    private TemplateLibrary library;
    private Path loadedShared;

    public TemplateLibraryKeeper(AppHome home, SettingsKeeper settings) {
        this.home = home;
        this.settings = settings;
    }

    /** The library as last read, with the shared folder of the settings. */
    public TemplateLibrary library() {
        Path shared = sharedFolder();
        if (library == null || !Objects.equals(shared, loadedShared)) {
            library = TemplateLibrary.load(home, shared);
            loadedShared = shared;
        }
        return library;
    }

    /** The library read again from disk: others may have changed the files since. */
    public TemplateLibrary reloaded() {
        boolean loaded = library != null && Objects.equals(sharedFolder(), loadedShared);
        TemplateLibrary current = library();
        if (loaded) {
            current.reload();
        }
        return current;
    }

    /** The office's shared template folder, or null. */
    public Path sharedFolder() {
        return settings.get().sharedTemplates();
    }

    /** Remembers {@code folder} (null for none) as the shared folder; the next {@link #library()} reads it. */
    public void setSharedFolder(Path folder) {
        settings.update(s -> s.withSharedTemplates(folder));
    }
}

package org.speechdraft.ui.export;

import java.io.IOException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speechdraft.core.export.BuiltInPresets;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.ExportPresetStore;

/**
 * The export dialog's state: the presets to choose from (built-in and the user's), the one chosen,
 * and the adjustments made to it for this export, which the user may keep as a preset of their own.
 */
public final class ExportPresetModel {

    private final ExportPresetStore store;
    private final ObservableList<ExportPreset> presets = FXCollections.observableArrayList();
    private final ObjectProperty<ExportPreset> selected = new SimpleObjectProperty<>();
    /** The selected preset with this export's adjustments; what is exported. */
    private final ObjectProperty<ExportPreset> adjusted = new SimpleObjectProperty<>();
    private final BooleanProperty changed = new SimpleBooleanProperty();

    public ExportPresetModel(ExportPresetStore store, String selectedId) {
        this.store = store;
        presets.setAll(store.list());
        selected.addListener((obs, o, preset) -> {
            if (preset == null) {
                return; // the list is being refilled; the next selection follows
            }
            adjusted.set(preset);
            changed.set(false);
        });
        selected.set(presets.stream().filter(p -> p.id().equals(selectedId)).findFirst()
                .orElse(BuiltInPresets.gongwen()));
    }

    public ObservableList<ExportPreset> presets() {
        return presets;
    }

    public ObjectProperty<ExportPreset> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ExportPreset> adjustedProperty() {
        return adjusted;
    }

    /** True once the chosen preset was adjusted for this export. */
    public BooleanProperty changedProperty() {
        return changed;
    }

    /** Built-in presets cannot be deleted or overwritten. */
    public BooleanBinding selectedIsBuiltIn() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || BuiltInPresets.isBuiltIn(selected.get().id()),
                selected);
    }

    /** Changes this export's layout; a page with a grid keeps its lines filling the text block. */
    public void adjust(UnaryOperator<ExportPreset> change) {
        ExportPreset next = change.apply(adjusted.get()).fitted();
        if (!next.equals(adjusted.get())) {
            adjusted.set(next);
            changed.set(!next.equals(selected.get()));
        }
    }

    /**
     * Saves the adjusted layout as the user's own preset named {@code name} (replacing their preset
     * of that name) and selects it.
     *
     * @throws IOException the preset folder cannot be written (the message says why)
     */
    public ExportPreset saveAsOwn(String name) throws IOException {
        String id = idFor(name);
        ExportPreset own = adjusted.get().withId(id, name.strip());
        store.save(own);
        presets.setAll(store.list());
        selected.set(presets.stream().filter(p -> p.id().equals(id)).findFirst().orElse(own));
        return own;
    }

    /** Deletes the selected preset if it is the user's; the standard one is selected instead. */
    public void deleteSelected() throws IOException {
        ExportPreset doomed = selected.get();
        if (doomed == null || BuiltInPresets.isBuiltIn(doomed.id())) {
            return;
        }
        store.delete(doomed.id());
        presets.setAll(store.list());
        selected.set(BuiltInPresets.gongwen());
    }

    /** A name is usable when it leaves letters or digits to make a file name from. */
    public static boolean isUsableName(String name) {
        return name != null && ExportPresetStore.isValidUserId(slug(name));
    }

    private static String idFor(String name) {
        String id = slug(name);
        if (!ExportPresetStore.isValidUserId(id)) {
            throw new IllegalArgumentException("not a usable preset name: " + name);
        }
        return id;
    }

    /** The preset's file name: its name's letters and digits ("我的 公文(2)" → "我的公文2"). */
    private static String slug(String name) {
        StringBuilder id = new StringBuilder();
        name.strip().codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')
                .forEach(id::appendCodePoint);
        return id.toString();
    }

    /** A user's preset with the same name, if any, so the dialog can ask before replacing it. */
    public Optional<ExportPreset> ownNamed(String name) {
        String id = slug(name);
        return presets.stream().filter(p -> p.id().equals(id) && !BuiltInPresets.isBuiltIn(id)).findFirst();
    }
}

package org.speechdraft.ui.page;

import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.editor.EditorFonts;
import org.speechdraft.ui.editor.SpeechEditorView;

/**
 * The editor shows the faces of the layout the user exports with, where this machine has them;
 * where it does not, the status bar says which face stands in for which ("屏幕字体替代"), since
 * the printed speech will look different from the screen.
 */
public final class ScreenFontStatus {

    private ScreenFontStatus() {
    }

    public static void follow(PagesModel pages, SpeechEditorView editor, Label label) {
        label.setTooltip(new Tooltip());
        show(pages.presetProperty().get(), editor, label);
        pages.presetProperty().addListener((obs, o, n) -> show(n, editor, label));
    }

    private static void show(ExportPreset preset, SpeechEditorView editor, Label label) {
        EditorFonts fonts = EditorFonts.forPreset(preset);
        editor.useFonts(fonts);
        var substitutes = fonts.substitutes();
        label.setVisible(!substitutes.isEmpty());
        label.setManaged(!substitutes.isEmpty());
        label.setText(UiText.get("status.fonts"));
        String lines = substitutes.stream()
                .map(s -> UiText.get("status.fonts.line", s.wanted(), s.shown(), s.levels().stream()
                        .map(level -> UiText.get("action.level." + level.name()).replaceAll(" .*", ""))
                        .collect(Collectors.joining("、"))))
                .collect(Collectors.joining("\n"));
        label.getTooltip().setText(UiText.get("status.fonts.tooltip", preset.name(), lines));
    }
}

package org.speechdraft.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.speechdraft.ui.UiText;

/**
 * The editor as placed in the window: the area in a scroll pane, a left gutter with level tags,
 * the stylesheet with the resolved 公文 faces, and side padding that keeps a page-wide column
 * (28 characters of 三号, as on the printed page) centred in a wide window.
 */
public final class SpeechEditorView {

    /** 156 mm text block at 96 dpi, plus the gutter. */
    private static final double COLUMN_WIDTH = 640;

    private final SpeechArea area = new SpeechArea();
    /**
     * Wrapped text needs no horizontal bar, and the vertical one is always shown, as in Word.
     * Why fixed: with "as needed" the pane re-checks both bars at every keystroke and queues a
     * layout request each time (a {@code runLater} that walks the key event's stack).
     */
    private final VirtualizedScrollPane<SpeechArea> scroll =
            new VirtualizedScrollPane<>(area, ScrollBarPolicy.NEVER, ScrollBarPolicy.ALWAYS);

    private String fontsStylesheet;

    public SpeechEditorView() {
        IdeographCheck.skipAccessCheck();
        area.setId("speechArea");
        area.setParagraphGraphicFactory(new LevelGutter(area, UiText.MESSAGES));
        area.getStylesheets().add(SpeechEditorView.class.getResource("/org/speechdraft/ui/editor.css").toExternalForm());
        useFonts(EditorFonts.detect());
        area.setPlaceholder(placeholder());
        area.widthProperty().addListener((obs, o, w) -> centreColumn(w.doubleValue()));
    }

    /** Shows the text in these faces (those of the layout the user exports with). */
    public void useFonts(EditorFonts fonts) {
        area.getStylesheets().remove(fontsStylesheet);
        fontsStylesheet = fonts.stylesheetUrl();
        area.getStylesheets().add(fontsStylesheet);
    }

    private javafx.scene.control.Label placeholder() {
        var label = new javafx.scene.control.Label(UiText.get("editor.placeholder"));
        label.setWrapText(true);
        label.setMaxWidth(COLUMN_WIDTH - 80);
        label.getStyleClass().add("sd-editor-placeholder");
        return label;
    }

    private void centreColumn(double width) {
        double side = Math.max(16, (width - COLUMN_WIDTH) / 2);
        area.setPadding(new javafx.geometry.Insets(24, side, 48, side));
    }

    public SpeechArea area() {
        return area;
    }

    public Node node() {
        return scroll;
    }
}

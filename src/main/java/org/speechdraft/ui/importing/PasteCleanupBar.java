package org.speechdraft.ui.importing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.speechdraft.core.cleanup.PastedNoise;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.Workers;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * The bar above the editor that appears after pasting text with web or PDF noise in it:
 * "粘贴的文字含有网页或 PDF 杂质（N 处）。清理 / 忽略". 清理 replaces the pasted paragraphs by
 * their cleaned form as one undo step; 忽略, or any further edit, leaves the paste as it is. The
 * check runs off the FX thread, so a long paste never stalls typing.
 */
public final class PasteCleanupBar {

    private static final Executor CHECKER = Workers.single("paste-check");

    private final SpeechArea area;
    private final Label message = new Label();
    private final HBox bar;
    /** Counts edits of the text: an offer is good only for the text it was made for. */
    private long edits;
    private Runnable clean = () -> { };

    public PasteCleanupBar(SpeechArea area) {
        this.area = area;
        Button cleanButton = new Button(UiText.get("paste.clean"));
        cleanButton.setId("pasteClean");
        cleanButton.setOnAction(e -> clean.run());
        Button ignore = new Button(UiText.get("paste.ignore"));
        ignore.setId("pasteIgnore");
        ignore.setOnAction(e -> {
            hide();
            area.requestFocus();
        });
        message.setId("pasteMessage");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        bar = new HBox(8, message, cleanButton, ignore);
        bar.setId("pasteBar");
        bar.getStyleClass().add("sd-paste-bar");
        hide();
        area.plainTextChanges().subscribe(change -> {
            edits++;
            hide();
        });
        area.setOnTextPasted(this::check);
    }

    /** Made at the first paste, on the checker's thread: its 16 clean-up rules need not load at start-up. */
    private static final class Noise {
        static final PastedNoise CHECK = new PastedNoise();
    }

    /** The bar, to place above the editor; hidden until a noisy paste. */
    public Node node() {
        return bar;
    }

    private void check(SpeechArea.Pasted pasted) {
        long madeFor = edits;
        CompletableFuture.supplyAsync(() -> Noise.CHECK.check(pasted.clipboardText()), CHECKER)
                .thenAcceptAsync(found -> found.filter(offer -> edits == madeFor)
                        .ifPresent(offer -> offer(pasted, offer)), Platform::runLater);
    }

    private void offer(SpeechArea.Pasted pasted, PastedNoise.Offer offer) {
        message.setText(UiText.get("paste.noise", offer.noise()));
        message.setTooltip(new Tooltip(UiText.get("paste.noise.rules",
                String.join(UiText.get("paste.noise.join"), offer.rules()))));
        clean = () -> {
            // Caret at the start, so the first paragraph keeps the level of the line pasted into.
            area.selectRange(pasted.end(), pasted.start());
            area.getUndoManager().preventMerge();
            area.insertParagraphs(offer.paragraphs());
            hide();
            area.requestFocus();
        };
        bar.setVisible(true);
        bar.setManaged(true);
    }

    private void hide() {
        bar.setVisible(false);
        bar.setManaged(false);
        clean = () -> { };
    }
}

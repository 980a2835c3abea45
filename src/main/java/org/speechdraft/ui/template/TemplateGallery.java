package org.speechdraft.ui.template;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogPanes;
import org.speechdraft.ui.dialog.DialogService;

/** Opens the template gallery (TemplateGallery.fxml) as a modal dialog and returns the user's choice. */
public final class TemplateGallery {

    private TemplateGallery() {
    }

    /**
     * @param dialogs       the window's dialogs; the gallery shows them over itself
     * @param lastDirectory where file choosers (导入, 导出) start
     * @return 空白讲话稿, a template to create from, or a section to insert; empty when cancelled
     */
    public static Optional<GalleryChoice> show(Window owner, GalleryMode mode, TemplateGalleryModel model,
                                               DialogService dialogs, Supplier<Path> lastDirectory) {
        FXMLLoader loader = DialogPanes.load(TemplateGallery.class, "TemplateGallery.fxml");
        DialogPane pane = loader.getRoot();
        TemplateGalleryController controller = loader.getController();
        boolean creating = mode == GalleryMode.CREATE;
        ButtonType blank = new ButtonType(UiText.get("gallery.blank"), ButtonData.LEFT);
        ButtonType choose = new ButtonType(UiText.get(creating ? "gallery.create" : "gallery.insert"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(UiText.get("gallery.cancel"), ButtonData.CANCEL_CLOSE);
        if (creating) {
            pane.getButtonTypes().add(blank);
        }
        pane.getButtonTypes().addAll(choose, cancel);

        Dialog<GalleryChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(UiText.get(creating ? "gallery.title" : "gallery.title.insert"));
        dialog.setResizable(true);
        dialog.setDialogPane(pane);
        DialogPanes.useAppStyles(pane);
        controller.init(model, mode, dialogs.ownedBy(pane.getScene().getWindow()), lastDirectory);

        Button chooseButton = (Button) pane.lookupButton(choose);
        chooseButton.setId("galleryChoose");
        chooseButton.disableProperty().bind(controller.canChoose().not());
        pane.lookupButton(cancel).setId("galleryCancel");
        if (creating) {
            pane.lookupButton(blank).setId("galleryBlank");
        }
        controller.setOnChoose(() -> {
            if (!chooseButton.isDisabled()) {
                chooseButton.fire();
            }
        });
        dialog.setResultConverter(button -> {
            if (button == blank) {
                return new GalleryChoice.Blank();
            }
            if (button == choose) {
                return creating ? new GalleryChoice.Create(controller.selectedTemplate())
                        : new GalleryChoice.InsertSection(controller.selectedTemplate(),
                                controller.chosenSectionProperty().get());
            }
            return null;
        });
        dialog.setOnShown(e -> Platform.runLater(() -> pane.lookup("#gallerySearch").requestFocus()));
        try {
            return dialog.showAndWait();
        } finally {
            controller.close();
        }
    }
}

package org.speechdraft.ui.dialog;

import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.speechdraft.core.model.DraftMeta;

/** The 文稿信息 form (MetaDialog.fxml). */
public final class MetaDialogController {

    @FXML private TextField titleField;
    @FXML private TextField meetingField;
    @FXML private TextField speakerField;
    @FXML private DatePicker datePicker;

    void setMeta(DraftMeta meta) {
        titleField.setText(meta.title());
        meetingField.setText(meta.meeting());
        speakerField.setText(meta.speaker());
        datePicker.setValue(meta.date());
    }

    DraftMeta meta() {
        return new DraftMeta(titleField.getText().strip(), meetingField.getText().strip(),
                speakerField.getText().strip(), datePicker.getValue());
    }
}

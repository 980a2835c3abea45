package org.speechdraft.ui.dialog;

import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import org.speechdraft.core.model.DraftMeta;

/** The 文稿信息 form (MetaDialog.fxml). */
public final class MetaDialogController {

    @FXML private TextField titleField;
    @FXML private TextField meetingField;
    @FXML private TextField speakerField;
    @FXML private DatePicker datePicker;
    @FXML private Spinner<Integer> targetSpinner;
    @FXML private Spinner<Integer> paceSpinner;

    @FXML
    private void initialize() {
        targetSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 240, 0, 5));
        paceSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(100, 400, DraftMeta.DEFAULT_PACE, 10));
    }

    void setMeta(DraftMeta meta) {
        titleField.setText(meta.title());
        meetingField.setText(meta.meeting());
        speakerField.setText(meta.speaker());
        datePicker.setValue(meta.date());
        targetSpinner.getValueFactory().setValue(meta.targetMinutes());
        paceSpinner.getValueFactory().setValue(meta.pace());
    }

    DraftMeta meta() {
        return new DraftMeta(titleField.getText().strip(), meetingField.getText().strip(),
                speakerField.getText().strip(), datePicker.getValue(), targetSpinner.getValue(), paceSpinner.getValue());
    }
}

package org.speechdraft.ui.importing;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.speechdraft.core.cleanup.RuleReport;
import org.speechdraft.ui.UiText;

/** A clean-up rule in the preview: switched on or off by its checkbox, with what it did and, as tooltip, what it is for. */
final class RuleCell extends ListCell<RuleReport> {

    private final ImportPreviewModel model;

    RuleCell(ImportPreviewModel model) {
        this.model = model;
    }

    @Override
    protected void updateItem(RuleReport report, boolean empty) {
        super.updateItem(report, empty);
        setText(null);
        if (empty || report == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        CheckBox box = new CheckBox(report.rule().name());
        box.setId("importRule-" + report.rule().id());
        box.setSelected(model.isEnabled(report.rule()));
        box.setOnAction(e -> model.setRuleEnabled(report.rule(), box.isSelected()));
        Label count = new Label(countText(report));
        count.getStyleClass().add(report.changes().isEmpty() ? "sd-rule-count-none" : "sd-rule-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(6, box, gap, count);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setGraphic(row);
        setTooltip(new Tooltip(report.rule().description()));
    }

    /** "删除 3 行", or that the rule found nothing or is off. */
    static String countText(RuleReport report) {
        if (!report.enabled()) {
            return UiText.get("import.rule.off");
        }
        return report.changes().isEmpty() ? UiText.get("import.rule.nothing") : report.summary();
    }
}

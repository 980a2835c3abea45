package org.speechdraft.ui.outline;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.NumberingProblem;
import org.speechdraft.core.outline.OutlineEditor.Placement;

/**
 * One heading in the outline tree: "marker text", a warning mark when its numbering has a
 * problem, and drag-and-drop of its section (upper quarter = before, lower quarter = after,
 * middle = into). Uses a full press-drag-release gesture: it stays inside the window and works
 * the same on every platform.
 */
final class HeadingCell extends TreeCell<Heading> {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    private static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");
    private static final PseudoClass DROP_INTO = PseudoClass.getPseudoClass("drop-into");

    /** The heading being dragged, shared by all cells of the tree during one gesture. */
    private static Heading dragged;

    private final Function<Heading, List<NumberingProblem>> problems;
    private final Function<Heading, String> speakingTime;
    private final Label heading = new Label();
    private final Label time = new Label();
    private final HBox row = new HBox(8, heading, time);

    /** Kept by the cell so that the weak listener lives as long as the cell. */
    private final ChangeListener<Object> retime = (obs, before, now) -> showTime();

    /**
     * @param speakingTime how long the heading's section takes to say ("约3分钟")
     * @param timing       changes when the sections' times do: only the time label is redrawn
     */
    HeadingCell(OutlineCommands commands, Function<Heading, List<NumberingProblem>> problems,
                Function<Heading, String> speakingTime, ObservableValue<?> timing) {
        this.problems = problems;
        this.speakingTime = speakingTime;
        timing.addListener(new WeakChangeListener<>(retime));
        getStyleClass().add("sd-outline-cell");
        time.getStyleClass().add("sd-outline-time");
        time.setMinWidth(Label.USE_PREF_SIZE);
        // The heading is cut with "…" and its time stays in view at the right, instead of the tree
        // growing a sideways scrollbar for long headings.
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
        setOnDragDetected(e -> {
            if (getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                dragged = getItem();
                startFullDrag();
            }
        });
        setOnMouseDragOver(e -> {
            if (dragged != null && getItem() != null && !dragged.equals(getItem())) {
                showDropHint(placement(e));
            }
        });
        setOnMouseDragExited(e -> showDropHint(null));
        setOnMouseDragReleased(e -> {
            showDropHint(null);
            if (dragged != null && getItem() != null && !dragged.equals(getItem())) {
                commands.moveSection(dragged.paragraph(), getItem().paragraph(), placement(e));
            }
            dragged = null;
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragged = null);
    }

    private Placement placement(MouseDragEvent e) {
        double h = getHeight();
        if (e.getY() < h * 0.25) {
            return Placement.BEFORE;
        }
        return e.getY() > h * 0.75 ? Placement.AFTER : Placement.INTO;
    }

    private void showDropHint(Placement placement) {
        pseudoClassStateChanged(DROP_BEFORE, placement == Placement.BEFORE);
        pseudoClassStateChanged(DROP_AFTER, placement == Placement.AFTER);
        pseudoClassStateChanged(DROP_INTO, placement == Placement.INTO);
    }

    private void showTime() {
        Heading shown = getItem();
        time.setText(shown == null || isEmpty() ? "" : speakingTime.apply(shown));
    }

    @Override
    protected void updateItem(Heading heading, boolean empty) {
        super.updateItem(heading, empty);
        if (empty || heading == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            pseudoClassStateChanged(PROBLEM, false);
            return;
        }
        String marker = heading.marker() == null ? "" : heading.marker().text();
        setText(marker + heading.text());
        this.heading.setText(getText());
        showTime();
        setGraphic(row);
        List<NumberingProblem> found = problems.apply(heading);
        pseudoClassStateChanged(PROBLEM, !found.isEmpty());
        setTooltip(found.isEmpty() ? null : new Tooltip(found.stream().map(NumberingProblem::message)
                .collect(Collectors.joining("\n"))));
    }
}

package org.speechdraft.ui.outline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.beans.value.ObservableIntegerValue;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.NumberingProblem;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.speech.SpeechTiming;
import org.speechdraft.ui.UiText;

/**
 * The outline pane (OutlinePane.fxml): the draft's headings as a tree, the caret's section
 * selected, numbering problems marked on their heading; click jumps, drag moves a section.
 */
public final class OutlinePaneController {

    @FXML private TreeView<Heading> tree;
    @FXML private Label summary;

    private OutlineModel model;
    private JumpTarget jumpTarget;
    private boolean followingCaret;

    /** Where a click in the outline sends the caret. */
    public interface JumpTarget {
        void jumpTo(int paragraph, int column);
    }

    /** @param pace the speaker's pace in 字 a minute, for each section's speaking time */
    public void bind(OutlineModel outlineModel, OutlineCommands commands, JumpTarget jump, ObservableIntegerValue pace) {
        this.model = outlineModel;
        this.jumpTarget = jump;
        this.pace = pace;
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(view -> new HeadingCell(commands, this::problemsOf, this::timeOf, model.timingProperty()));
        pace.addListener((obs, o, n) -> tree.refresh());
        model.outlineProperty().addListener((obs, o, n) -> show(n));
        model.caretHeadingProperty().addListener((obs, o, n) -> selectCaretHeading(n.intValue()));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, o, item) -> {
            if (!followingCaret && item != null && item.getValue() != null) {
                jumpTarget.jumpTo(item.getValue().paragraph(), item.getValue().start());
            }
        });
        // A click on the heading that is already selected (the caret's own section) jumps too.
        tree.setOnMouseClicked(e -> {
            TreeItem<Heading> item = tree.getSelectionModel().getSelectedItem();
            if (e.isStillSincePress() && item != null && item.getValue() != null) {
                jumpTarget.jumpTo(item.getValue().paragraph(), item.getValue().start());
            }
        });
        show(model.outlineProperty().get());
    }

    private Map<Integer, List<NumberingProblem>> problems = Map.of();
    /** The headings the tree was built from. */
    private List<Heading> shownHeadings;
    private ObservableIntegerValue pace;

    /** "约3分钟" for a heading's section, as of the last analysis; "" while the outline is being redrawn. */
    private String timeOf(Heading heading) {
        List<Heading> headings = model.outlineProperty().get().headings();
        List<Integer> sections = model.timingProperty().get().sections();
        int index = headings.indexOf(heading);
        if (index < 0 || index >= sections.size()) {
            return "";
        }
        return SpeechTiming.describe(SpeechTiming.minutes(sections.get(index), pace.get()));
    }

    private List<NumberingProblem> problemsOf(Heading heading) {
        return problems.getOrDefault(heading.paragraph(), List.of()).stream()
                .filter(p -> p.start() >= heading.start() && p.start() <= Math.max(heading.end(), heading.start()))
                .toList();
    }

    private void show(Outline outline) {
        Map<Integer, List<NumberingProblem>> before = problems;
        problems = outline.problems().stream().collect(Collectors.groupingBy(NumberingProblem::paragraph));
        showSummary(outline);
        if (outline.headings().equals(shownHeadings)) {
            // Typing in a section changes its time, not the tree: the rows update their times
            // themselves; the tree, its selection and where it is scrolled stay, and only the
            // changed labels are repainted.
            if (!problems.equals(before)) {
                tree.refresh();
            }
            return;
        }
        shownHeadings = outline.headings();
        TreeItem<Heading> root = new TreeItem<>();
        Deque<TreeItem<Heading>> parents = new ArrayDeque<>();
        for (Heading h : outline.headings()) {
            TreeItem<Heading> item = new TreeItem<>(h);
            item.setExpanded(true);
            while (!parents.isEmpty() && parents.peek().getValue().level() >= h.level()) {
                parents.pop();
            }
            (parents.isEmpty() ? root : parents.peek()).getChildren().add(item);
            parents.push(item);
        }
        followingCaret = true;
        tree.setRoot(root);
        followingCaret = false;
        selectCaretHeading(model.caretHeadingProperty().get());
    }

    private void showSummary(Outline outline) {
        summary.setText(outline.headings().isEmpty() ? UiText.get("outline.empty")
                : outline.problems().isEmpty() ? UiText.get("outline.summary", outline.headings().size())
                : UiText.get("outline.summary.problems", outline.headings().size(), outline.problems().size()));
    }

    private void selectCaretHeading(int index) {
        followingCaret = true;
        try {
            List<Heading> headings = model.outlineProperty().get().headings();
            // While a new outline is being shown, the caret's index may still refer to the old one;
            // the model corrects it right after.
            if (index < 0 || index >= headings.size()) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            Heading wanted = headings.get(index);
            TreeItem<Heading> item = find(tree.getRoot(), wanted);
            if (item != null) {
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            followingCaret = false;
        }
    }

    private static TreeItem<Heading> find(TreeItem<Heading> node, Heading wanted) {
        if (wanted.equals(node.getValue())) {
            return node;
        }
        for (TreeItem<Heading> child : node.getChildren()) {
            TreeItem<Heading> hit = find(child, wanted);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}

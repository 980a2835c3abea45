package org.speechdraft.ui.action;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.speechdraft.core.model.ParagraphLevel;

/** The table of the main window's actions: each declared here once, with its text, icon and shortcut. */
public final class MainActions {

    public final AppAction newDraft;
    public final AppAction open;
    public final AppAction save;
    public final AppAction saveAs;
    public final AppAction exportDocx;
    public final AppAction exportText;
    public final AppAction pageView;
    public final AppAction print;
    public final AppAction exportRevisions;
    public final AppAction meta;
    public final AppAction exit;
    public final AppAction undo;
    public final AppAction redo;
    public final AppAction cut;
    public final AppAction copy;
    public final AppAction paste;
    public final AppAction selectAll;
    public final AppAction phrases;
    public final AppAction find;
    public final AppAction replace;
    public final AppAction bold;
    public final AppAction highlight;
    public final AppAction about;
    public final AppAction sectionUp;
    public final AppAction sectionDown;
    public final AppAction sectionPromote;
    public final AppAction sectionDemote;
    public final AppAction renumber;
    public final AppAction takeSnapshot;
    public final AppAction snapshots;
    public final Map<ParagraphLevel, AppAction> levels = new EnumMap<>(ParagraphLevel.class);
    // 模板库 (新建 opens the gallery)
    public final AppAction insertTemplateSection;
    public final AppAction saveAsTemplate;
    // 导入与清理 (打开 takes .txt and .docx through the import preview)
    public final AppAction cleanText;
    public final AppAction extractTemplate;
    // 审阅
    public final AppAction newComment;
    public final AppAction reviewRevisions;
    public final AppAction compareWithFile;
    public final AppAction userName;

    /**
     * @param undoUnavailable true when there is nothing to undo
     * @param redoUnavailable true when there is nothing to redo
     * @param noSelection     true when no text is selected
     * @param noRevisions     true when the draft has no marked-up version to review
     */
    public MainActions(MainCommands c, ObservableBooleanValue undoUnavailable,
                       ObservableBooleanValue redoUnavailable, ObservableBooleanValue noSelection,
                       ObservableBooleanValue noRevisions) {
        newDraft = new AppAction("action.new", "new", "tooltip.new", key(KeyCode.N), c::newDraft, null);
        open = new AppAction("action.open", "open", "tooltip.open", key(KeyCode.O), c::open, null);
        save = new AppAction("action.save", "save", "tooltip.save", key(KeyCode.S), c::save, null);
        saveAs = new AppAction("action.saveAs", "save-as", null,
                new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN), c::saveAs, null);
        exportDocx = new AppAction("action.exportDocx", "export", "tooltip.exportDocx",
                new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN), c::exportDocx, null);
        exportText = new AppAction("action.exportText", null, null, null, c::exportText, null);
        print = new AppAction("action.print", null, null, key(KeyCode.P), c::print, null);
        pageView = new AppAction("action.pageView", null, "tooltip.pageView",
                new KeyCodeCombination(KeyCode.P, SHORTCUT_DOWN, KeyCombination.ALT_DOWN), c::togglePageView, null);
        exportRevisions = new AppAction("action.exportRevisions", null, null, null, c::exportRevisions, null);
        meta = new AppAction("action.meta", "info", "tooltip.meta", null, c::editMeta, null);
        exit = new AppAction("action.exit", null, null, key(KeyCode.Q), c::exit, null);
        undo = new AppAction("action.undo", "undo", "tooltip.undo", key(KeyCode.Z), c::undo, undoUnavailable);
        redo = new AppAction("action.redo", "redo", "tooltip.redo", key(KeyCode.Y), c::redo, redoUnavailable);
        cut = new AppAction("action.cut", "cut", "tooltip.cut", key(KeyCode.X), c::cut, noSelection);
        copy = new AppAction("action.copy", "copy", "tooltip.copy", key(KeyCode.C), c::copy, noSelection);
        paste = new AppAction("action.paste", "paste", "tooltip.paste", key(KeyCode.V), c::paste, null);
        selectAll = new AppAction("action.selectAll", null, null, key(KeyCode.A), c::selectAll, null);
        phrases = new AppAction("action.phrases", null, null,
                new KeyCodeCombination(KeyCode.P, SHORTCUT_DOWN, SHIFT_DOWN), c::insertPhrase, null);
        find = new AppAction("action.find", "find", "tooltip.find", key(KeyCode.F), c::find, null);
        replace = new AppAction("action.replace", "replace", "tooltip.replace", key(KeyCode.H), c::replace, null);
        bold = new AppAction("action.bold", "bold", "tooltip.bold", key(KeyCode.B), c::bold, noSelection);
        highlight = new AppAction("action.highlight", "highlight", "tooltip.highlight",
                new KeyCodeCombination(KeyCode.H, SHORTCUT_DOWN, SHIFT_DOWN), c::highlight, noSelection);
        about = new AppAction("action.about", null, null, null, c::about, null);
        sectionUp = new AppAction("action.outline.moveUp", null, null, altShift(KeyCode.UP), c::sectionUp, null);
        sectionDown = new AppAction("action.outline.moveDown", null, null, altShift(KeyCode.DOWN), c::sectionDown, null);
        sectionPromote = new AppAction("action.outline.promote", null, null, altShift(KeyCode.LEFT), c::sectionPromote, null);
        sectionDemote = new AppAction("action.outline.demote", null, null, altShift(KeyCode.RIGHT), c::sectionDemote, null);
        renumber = new AppAction("action.outline.renumber", null, null,
                new KeyCodeCombination(KeyCode.R, SHORTCUT_DOWN, SHIFT_DOWN), c::renumber, null);
        takeSnapshot = new AppAction("action.snapshot.take", null, null,
                new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN, KeyCombination.ALT_DOWN), c::takeSnapshot, null);
        snapshots = new AppAction("action.snapshots", null, null, null, c::showSnapshots, null);
        for (ParagraphLevel level : ParagraphLevel.values()) {
            levels.put(level, new AppAction("action.level." + level.name(), null, null,
                    levelShortcut(level), () -> c.setLevel(level), null));
        }
        insertTemplateSection = new AppAction("action.insertTemplateSection", null, null, null,
                c::insertTemplateSection, null);
        saveAsTemplate = new AppAction("action.saveAsTemplate", null, null, null, c::saveAsTemplate, null);
        cleanText = new AppAction("action.cleanText", null, null, null, c::cleanText, null);
        extractTemplate = new AppAction("action.extractTemplate", null, null, null, c::extractTemplate, null);
        // Ctrl+Alt+M is Word's 新建批注 too
        newComment = new AppAction("action.comment.new", null, null,
                new KeyCodeCombination(KeyCode.M, SHORTCUT_DOWN, KeyCombination.ALT_DOWN), c::newComment, noSelection);
        reviewRevisions = new AppAction("action.review.revisions", null, null, null, c::reviewRevisions, noRevisions);
        compareWithFile = new AppAction("action.compare.file", null, null, null, c::compareWithFile, null);
        userName = new AppAction("action.userName", null, null, null, c::editUserName, null);
    }

    /** Ctrl+T 标题, Ctrl+1…4 the heading levels, Ctrl+0 正文. */
    static KeyCombination levelShortcut(ParagraphLevel level) {
        return switch (level) {
            case TITLE -> key(KeyCode.T);
            case HEADING_1 -> key(KeyCode.DIGIT1);
            case HEADING_2 -> key(KeyCode.DIGIT2);
            case HEADING_3 -> key(KeyCode.DIGIT3);
            case HEADING_4 -> key(KeyCode.DIGIT4);
            case BODY -> key(KeyCode.DIGIT0);
            default -> null;
        };
    }

    private static KeyCombination altShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN, SHIFT_DOWN);
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, SHORTCUT_DOWN);
    }

    public static ObservableBooleanValue not(ObservableBooleanValue value) {
        return Bindings.createBooleanBinding(() -> !value.get(), value);
    }
}

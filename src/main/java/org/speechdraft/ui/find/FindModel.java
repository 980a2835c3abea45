package org.speechdraft.ui.find;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.speechdraft.core.text.TextMatch;
import org.speechdraft.core.text.TextSearch;
import org.speechdraft.ui.UiText;

/** Find and replace: the query, the matches in the target and which one is current. */
public final class FindModel {

    private final FindTarget target;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private List<TextMatch> matches = List.of();
    /** "已替换 N 处" stays visible after a replace-all until the user searches again. */
    private String replacedNote;

    public FindModel(FindTarget target) {
        this.target = target;
        query.addListener((obs, o, n) -> refreshAndSelectNearest());
        matchCase.addListener((obs, o, n) -> refreshAndSelectNearest());
    }

    /** Recomputes the matches after the text changed, keeping the current index when possible. */
    public void refresh() {
        matches = TextSearch.findAll(target.text(), query.get(), matchCase.get());
        matchCount.set(matches.size());
        if (current.get() >= matches.size()) {
            current.set(matches.isEmpty() ? -1 : matches.size() - 1);
        }
        updateStatus();
    }

    private void refreshAndSelectNearest() {
        replacedNote = null;
        current.set(-1);
        refresh();
        if (!matches.isEmpty()) {
            // Search as you type: a longer query keeps the match that starts where the last one did.
            select(indexAtOrAfter(target.selectionStart()));
        }
    }

    public void next() {
        refresh();
        if (matches.isEmpty()) {
            return;
        }
        int idx = current.get() >= 0 ? (current.get() + 1) % matches.size() : indexAtOrAfter(target.caretPosition());
        select(idx);
    }

    public void previous() {
        refresh();
        if (matches.isEmpty()) {
            return;
        }
        int idx = current.get() >= 0 ? (current.get() - 1 + matches.size()) % matches.size()
                : (indexAtOrAfter(target.caretPosition()) - 1 + matches.size()) % matches.size();
        select(idx);
    }

    /** Replaces the current match and moves to the next one. */
    public void replaceCurrent() {
        refresh();
        if (current.get() < 0 || current.get() >= matches.size()) {
            next();
            return;
        }
        int replacedAt = matches.get(current.get()).start();
        target.replaceAll(List.of(matches.get(current.get())), replacement.get());
        current.set(-1);
        refresh();
        if (!matches.isEmpty()) {
            select(indexAtOrAfter(replacedAt + replacement.get().length()));
        }
    }

    /** Replaces every match as one undo step; returns how many were replaced. */
    public int replaceAll() {
        refresh();
        int count = matches.size();
        if (count > 0) {
            target.replaceAll(matches, replacement.get());
        }
        current.set(-1);
        replacedNote = count > 0 ? UiText.get("find.replaced", count) : null;
        refresh();
        return count;
    }

    private int indexAtOrAfter(int position) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= position) {
                return i;
            }
        }
        return 0;
    }

    private void select(int index) {
        current.set(index);
        TextMatch m = matches.get(index);
        target.select(m.start(), m.end());
        updateStatus();
    }

    private void updateStatus() {
        if (query.get().isEmpty()) {
            status.set(UiText.get("find.count.empty"));
        } else if (matches.isEmpty()) {
            status.set(replacedNote != null ? replacedNote : UiText.get("find.count.none"));
        } else {
            int shown = current.get() >= 0 ? current.get() + 1 : 0;
            status.set(UiText.get("find.count", shown, matches.size()));
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

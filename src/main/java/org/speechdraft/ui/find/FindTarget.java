package org.speechdraft.ui.find;

import java.util.List;
import org.speechdraft.core.text.TextMatch;

/** The text that find/replace works on (the editor). */
public interface FindTarget {
    String text();

    int caretPosition();

    /** Where the selection starts (the caret when nothing is selected). */
    int selectionStart();

    void select(int start, int end);

    /** Replaces every given range (positions in the current text) as one undo step. */
    void replaceAll(List<TextMatch> ranges, String replacement);
}

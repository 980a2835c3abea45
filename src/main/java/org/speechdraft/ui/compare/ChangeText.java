package org.speechdraft.ui.compare;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.speechdraft.core.compare.Change;
import org.speechdraft.core.model.Revision;
import org.speechdraft.ui.UiText;

/**
 * A change as the list shows it: "第3段：“12”→“15”", paragraphs counted from 1 as in the text areas;
 * in a review of 修订, as an edit of the draft with who made it: "第3段 · 张局长 12月1日 10:20：“12”改为“15”".
 */
final class ChangeText {

    /** Longer texts are cut: the list is for finding a change, the text areas show it whole. */
    private static final int SHOWN = 40;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private ChangeText() {
    }

    static String describe(Change c) {
        String moved = c.moved() ? UiText.get("compare.change.moved") : "";
        if (c.wholeParagraph()) {
            return c.kind() == Change.Kind.DELETE
                    ? UiText.get("compare.change.onlyLeft", number(c.left().paragraph()), cut(c.left().text()), moved)
                    : UiText.get("compare.change.onlyRight", number(c.right().paragraph()), cut(c.right().text()), moved);
        }
        String paragraph = number(c.right().paragraph());
        return switch (c.kind()) {
            case CHANGE -> UiText.get("compare.change.change", paragraph, cut(c.left().text()), cut(c.right().text()));
            case DELETE -> UiText.get("compare.change.leftText", paragraph, cut(c.left().text()));
            case INSERT -> UiText.get("compare.change.rightText", paragraph, cut(c.right().text()));
        };
    }

    /**
     * A 修订 read as what it does to the draft (the comparison's right side) to give the revised
     * version (its left side): a change, an insertion, a deletion — with who made it and when.
     */
    static String describeRevision(Change c, List<Revision> revisers) {
        String who = revisers(revisers);
        String paragraph = number(c.right().paragraph());
        String moved = c.moved() ? UiText.get("revision.change.moved") : "";
        return switch (c.kind()) {
            case CHANGE -> UiText.get("revision.change.change", paragraph, who, cut(c.right().text()), cut(c.left().text()));
            case DELETE -> UiText.get(c.wholeParagraph() ? "revision.change.insertParagraph" : "revision.change.insert",
                    paragraph, who, cut(c.left().text()), moved);
            case INSERT -> UiText.get(c.wholeParagraph() ? "revision.change.deleteParagraph" : "revision.change.delete",
                    paragraph, who, cut(c.right().text()), moved);
        };
    }

    /** " · 张局长 12月1日 10:20", or the names of several; "" for none known. */
    private static String revisers(List<Revision> revisers) {
        List<String> names = revisers.stream().map(r -> r.author().isBlank() ? UiText.get("comment.anonymous")
                : r.author()).distinct().toList();
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() > 1) {
            return UiText.get("revision.by", String.join(UiText.get("revision.and"), names));
        }
        Instant date = revisers.get(0).date();
        return UiText.get("revision.by", date == null ? names.get(0)
                : names.get(0) + " " + WHEN.format(date.atZone(ZoneId.systemDefault())));
    }

    /** As a string: MessageFormat would write 1000 as "1,000". */
    private static String number(int paragraphIndex) {
        return String.valueOf(paragraphIndex + 1);
    }

    private static String cut(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}

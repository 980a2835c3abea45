package org.speechdraft.core.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.Revision;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.model.StyledRun;

/**
 * Who made a change between the draft and the revised version of a leader's marked-up Word
 * document: the 修订 whose marks the revised version's text carries where the change is — on
 * inserted text itself, for a deletion on the character next to where the deleted text was. The
 * changes are the comparer's (left: the revised version, right: the draft), so this holds after the
 * draft has been edited and compared again.
 */
public final class RevisionAttribution {

    private final List<DraftParagraph> revised;
    private final Map<String, Revision> byId = new HashMap<>();

    /** @param revisedVersion the snapshot of the revised version, with its revisions */
    public RevisionAttribution(Snapshot revisedVersion) {
        this.revised = revisedVersion.paragraphs();
        revisedVersion.revisions().forEach(r -> byId.put(r.id(), r));
    }

    /** Whether there is anything to tell: the version came with revisions. */
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /**
     * The revisions behind {@code change}, in the order they were made in the document; those of
     * the change's own kind (an insertion for text only the revised version has, a deletion for text
     * only the draft has) when the marks there are of both kinds. Empty when none is found.
     */
    public List<Revision> of(Change change) {
        Change.Side side = change.left();
        Set<String> ids = new LinkedHashSet<>();
        if (!side.isEmpty()) {
            collect(side.paragraph(), side.start(), side.end(), ids);
            if (change.kind() == Change.Kind.CHANGE) {
                // a deletion right after the replaced text is part of the replacement: its mark is on the next character
                collect(side.paragraph(), side.end(), side.end() + 1, ids);
            }
        }
        if (ids.isEmpty()) { // a deletion: its mark is on the character after (or, at the end, before) the gap
            collect(side.paragraph(), side.start(), side.start() + 1, ids);
            collect(side.paragraph(), side.start() - 1, side.start(), ids);
            if (side.start() == 0) {
                collectLast(side.paragraph() - 1, ids);
            }
        }
        List<Revision> all = new ArrayList<>();
        ids.stream().sorted(RevisionAttribution::byNumber).map(byId::get).filter(r -> r != null).forEach(all::add);
        List<Revision> ofKind = all.stream().filter(r -> fits(r, change)).toList();
        return ofKind.isEmpty() ? all : ofKind;
    }

    /** Text only in the revised version (the left side) was inserted; text only in the draft was deleted. */
    private static boolean fits(Revision revision, Change change) {
        return switch (change.kind()) {
            case DELETE -> revision.kind() != Revision.Kind.DELETED;
            case INSERT -> revision.kind() != Revision.Kind.INSERTED;
            case CHANGE -> true;
        };
    }

    /** The ids on characters [from, to) of paragraph {@code index} of the revised version. */
    private void collect(int index, int from, int to, Set<String> ids) {
        if (index < 0 || index >= revised.size() || to <= from || from < 0) {
            return;
        }
        int at = 0;
        for (StyledRun run : revised.get(index).runs()) {
            int end = at + run.text().length();
            if (end > from && at < to) {
                ids.addAll(run.style().revisions());
            }
            at = end;
        }
    }

    private void collectLast(int index, Set<String> ids) {
        if (index >= 0 && index < revised.size()) {
            int length = revised.get(index).text().length();
            collect(index, length - 1, length, ids);
        }
    }

    /** "r2" before "r10": in the order the reader met them. */
    private static int byNumber(String a, String b) {
        return Integer.compare(number(a), number(b));
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}

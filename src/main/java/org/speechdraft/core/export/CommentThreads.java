package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.speechdraft.core.model.DraftComment;

/**
 * The 批注 a document gets: every open comment whose id the laid-out text still carries, with its
 * replies, and where each range starts and ends — before the first and after the last run that
 * carries the id, so a range may span paragraphs. Comments marked done and comments whose text
 * has been deleted are left out. Runs are counted through all paragraphs, in document order.
 */
final class CommentThreads {

    private final List<WordComment> comments = new ArrayList<>();
    private final Map<Integer, List<WordComment>> startingBefore = new HashMap<>();
    private final Map<Integer, List<WordComment>> endingAfter = new HashMap<>();

    private CommentThreads() {
    }

    static CommentThreads of(List<DraftComment> draftComments, List<DocxParagraph> paragraphs) {
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        int run = 0;
        for (DocxParagraph paragraph : paragraphs) {
            for (Segment segment : paragraph.segments()) {
                for (String id : segment.style().comments()) {
                    first.putIfAbsent(id, run);
                    last.put(id, run);
                }
                run++;
            }
        }
        List<DraftComment> exported = new ArrayList<>(draftComments.stream()
                .filter(c -> !c.done() && first.containsKey(c.id())).toList());
        exported.sort(Comparator.comparing(c -> first.get(c.id())));
        CommentThreads threads = new CommentThreads();
        for (DraftComment comment : exported) {
            threads.add(comment, first.get(comment.id()), last.get(comment.id()));
        }
        return threads;
    }

    private void add(DraftComment comment, int firstRun, int lastRun) {
        List<WordComment> thread = new ArrayList<>();
        WordComment parent = new WordComment(comments.size(), comment.author(), comment.date(), comment.text(), null);
        thread.add(parent);
        comments.add(parent);
        for (DraftComment.Reply reply : comment.replies()) {
            WordComment answer = new WordComment(comments.size(), reply.author(), reply.date(), reply.text(), parent.id());
            thread.add(answer);
            comments.add(answer);
        }
        startingBefore.computeIfAbsent(firstRun, k -> new ArrayList<>()).addAll(thread);
        endingAfter.computeIfAbsent(lastRun, k -> new ArrayList<>()).addAll(thread);
    }

    /** In id order. */
    List<WordComment> comments() {
        return comments;
    }

    boolean isEmpty() {
        return comments.isEmpty();
    }

    /** The comments whose range starts before run {@code run}. */
    List<WordComment> startingBefore(int run) {
        return startingBefore.getOrDefault(run, List.of());
    }

    /** The comments whose range ends after run {@code run}. */
    List<WordComment> endingAfter(int run) {
        return endingAfter.getOrDefault(run, List.of());
    }
}

package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.speechdraft.core.model.DraftParagraph;

/**
 * The pages of a draft that is being edited, worked out again at each pause in typing: only the
 * paragraphs that changed since the last time are broken into lines again. Paragraphs are
 * immutable and the editor hands over the same object for a paragraph that did not change, so
 * they are matched by identity. One caller at a time.
 */
public final class LivePagination {

    private final PageLayout layout;
    private Map<DraftParagraph, PageLayout.Block> last = new IdentityHashMap<>();

    public LivePagination(PageLayout layout) {
        this.layout = layout;
    }

    public PageLayout layout() {
        return layout;
    }

    public synchronized Pagination paginate(List<DraftParagraph> paragraphs) {
        int[] runInStarts = RunInHeadings.bodyStarts(paragraphs);
        Map<DraftParagraph, PageLayout.Block> now = new IdentityHashMap<>(paragraphs.size() * 2);
        List<PageLayout.Block> blocks = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            DraftParagraph paragraph = paragraphs.get(i);
            PageLayout.Block block = last.get(paragraph);
            block = block != null && block.runInFrom() == runInStarts[i] ? block.at(i)
                    : layout.lines(i, paragraph, runInStarts[i]);
            now.put(paragraph, block);
            blocks.add(block);
        }
        last = now;
        return layout.fill(paragraphs, blocks);
    }
}

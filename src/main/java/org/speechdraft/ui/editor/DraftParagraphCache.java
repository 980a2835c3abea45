package org.speechdraft.ui.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.Paragraph;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;

/**
 * The editor's paragraphs as the core's, converting only those that changed since the last call.
 * RichTextFX's paragraphs are immutable and an edit replaces only the paragraphs it touches, so an
 * unchanged paragraph is the same object as before: after a keystroke one paragraph is converted,
 * not the whole draft (the live analyses ask for the text at every pause in typing). FX thread only.
 */
final class DraftParagraphCache {

    private Map<Paragraph<ParagraphLevel, String, TextStyle>, DraftParagraph> last = new IdentityHashMap<>();

    List<DraftParagraph> of(List<Paragraph<ParagraphLevel, String, TextStyle>> paragraphs) {
        Map<Paragraph<ParagraphLevel, String, TextStyle>, DraftParagraph> now = new IdentityHashMap<>(paragraphs.size() * 2);
        List<DraftParagraph> out = new ArrayList<>(paragraphs.size());
        for (Paragraph<ParagraphLevel, String, TextStyle> par : paragraphs) {
            DraftParagraph converted = last.get(par);
            if (converted == null) {
                converted = AreaDocuments.toParagraph(par);
            }
            now.put(par, converted);
            out.add(converted);
        }
        last = now;
        return java.util.Collections.unmodifiableList(out);
    }
}

package org.speechdraft.core.importing;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.speechdraft.core.model.DraftComment;

/**
 * The 批注 of a Word document: word/comments.xml (who, when, what), and word/commentsExtended.xml,
 * where Word 2013 and later say which comment answers which and which are done (已解决). An answer
 * becomes a reply of the comment it answers; the text a comment or its answers are on carries the
 * comment's own id ("c1", "c2" … in document order).
 */
final class WordComments {

    private static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    /** A comment as comments.xml writes it. */
    private record Written(String wordId, String author, Instant date, String text, String paraId) {
    }

    /** commentsExtended.xml's word on one comment, by the paraId of its last paragraph. */
    private record Extended(String parentParaId, boolean done) {
    }

    private final List<DraftComment> comments;
    private final Map<String, String> idOfWordId;

    private WordComments(List<DraftComment> comments, Map<String, String> idOfWordId) {
        this.comments = comments;
        this.idOfWordId = idOfWordId;
    }

    static WordComments none() {
        return new WordComments(List.of(), Map.of());
    }

    /** @param extended commentsExtended.xml, or null when the document has none */
    static WordComments read(InputStream commentsXml, InputStream extended) throws XMLStreamException {
        List<Written> written = written(SafeXml.reader(commentsXml));
        Map<String, Extended> byParaId = extended == null ? Map.of() : extended(SafeXml.reader(extended));
        Map<String, Written> byParagraph = new HashMap<>();
        written.forEach(w -> {
            if (w.paraId() != null) {
                byParagraph.put(w.paraId(), w);
            }
        });
        Map<String, String> idOfWordId = new HashMap<>();
        Map<String, DraftComment> threads = new LinkedHashMap<>();
        for (Written w : written) {
            Written root = rootOf(w, byParaId, byParagraph);
            if (root == w) {
                String id = "c" + (threads.size() + 1);
                Extended ext = w.paraId() == null ? null : byParaId.get(w.paraId());
                threads.put(w.wordId(), new DraftComment(id, w.author(), w.date(), w.text(), ext != null && ext.done(),
                        List.of()));
            }
        }
        for (Written w : written) {
            Written root = rootOf(w, byParaId, byParagraph);
            DraftComment thread = threads.get(root.wordId());
            if (thread == null) {
                continue;
            }
            idOfWordId.put(w.wordId(), thread.id());
            if (root != w) {
                List<DraftComment.Reply> replies = new ArrayList<>(thread.replies());
                replies.add(new DraftComment.Reply(w.author(), w.date(), w.text()));
                threads.put(root.wordId(), new DraftComment(thread.id(), thread.author(), thread.date(), thread.text(),
                        thread.done(), replies));
            }
        }
        return new WordComments(List.copyOf(threads.values()), idOfWordId);
    }

    /** The comments with their replies, in document order. */
    List<DraftComment> comments() {
        return comments;
    }

    /** Our id for the comment (or answer) Word numbers {@code wordId}; null for one comments.xml lacks. */
    String idOf(String wordId) {
        return wordId == null ? null : idOfWordId.get(wordId);
    }

    /** The comment a chain of answers starts from (a loop or a missing parent ends the chain). */
    private static Written rootOf(Written w, Map<String, Extended> byParaId, Map<String, Written> byParagraph) {
        Written at = w;
        for (int step = 0; step < byParagraph.size() + 1; step++) {
            Extended ext = at.paraId() == null ? null : byParaId.get(at.paraId());
            Written parent = ext == null || ext.parentParaId() == null ? null : byParagraph.get(ext.parentParaId());
            if (parent == null || parent == at) {
                return at;
            }
            at = parent;
        }
        return at;
    }

    private static List<Written> written(XMLStreamReader reader) throws XMLStreamException {
        List<Written> all = new ArrayList<>();
        String wordId = null;
        String author = null;
        Instant date = null;
        String paraId = null;
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && WordXml.isW(reader)) {
                switch (reader.getLocalName()) {
                    case "comment" -> {
                        wordId = WordXml.attribute(reader, "id");
                        author = WordXml.attribute(reader, "author");
                        date = WordDates.parse(WordXml.attribute(reader, "date"));
                        paraId = null;
                        text.setLength(0);
                    }
                    case "p" -> {
                        if (!text.isEmpty()) {
                            text.append('\n');
                        }
                        String id = reader.getAttributeValue(W14, "paraId");
                        paraId = id != null ? id : paraId;
                    }
                    case "t" -> inText = true;
                    case "tab" -> text.append(' ');
                    case "br", "cr" -> text.append('\n');
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && WordXml.isW(reader)) {
                if (reader.getLocalName().equals("t")) {
                    inText = false;
                } else if (reader.getLocalName().equals("comment") && wordId != null) {
                    all.add(new Written(wordId, author, date, text.toString().strip(), paraId));
                    wordId = null;
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText
                    && wordId != null) {
                text.append(reader.getText());
            }
        }
        return all;
    }

    private static Map<String, Extended> extended(XMLStreamReader reader) throws XMLStreamException {
        Map<String, Extended> byParaId = new HashMap<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && W15.equals(reader.getNamespaceURI())
                    && reader.getLocalName().equals("commentEx")) {
                String paraId = reader.getAttributeValue(W15, "paraId");
                String done = reader.getAttributeValue(W15, "done");
                if (paraId != null) {
                    byParaId.put(paraId, new Extended(reader.getAttributeValue(W15, "paraIdParent"),
                            "1".equals(done) || "true".equalsIgnoreCase(done)));
                }
            }
        }
        return byParaId;
    }
}

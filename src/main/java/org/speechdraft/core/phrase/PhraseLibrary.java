package org.speechdraft.core.phrase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.FileKind;
import org.speechdraft.core.storage.VersionedJson;

/**
 * The 常用语 library: phrases written for SpeechDraft (read-only, shipped in the jar) and the
 * user's own, kept in {@code <app home>/phrases.json}.
 */
public final class PhraseLibrary {

    private static final String BUILT_IN = "/org/speechdraft/core/phrase/phrases.json";

    private final Path ownFile;
    private final List<Phrase> builtIn;
    private List<Phrase> own;

    private PhraseLibrary(Path ownFile, List<Phrase> builtIn, List<Phrase> own) {
        this.ownFile = ownFile;
        this.builtIn = List.copyOf(builtIn);
        this.own = List.copyOf(own);
    }

    /**
     * The built-in phrases and the user's. A user file that cannot be read is reported (its
     * message names it) and left untouched, so nothing of theirs is overwritten.
     */
    public static PhraseLibrary load(AppHome home) throws DraftFileException {
        Path file = home.phrasesFile();
        List<Phrase> own = Files.exists(file)
                ? PhrasesDto.toPhrases(read(file), true) : List.of();
        return new PhraseLibrary(file, builtIn(), own);
    }

    private static PhrasesDto read(Path file) throws DraftFileException {
        try {
            return VersionedJson.readFile(file, PhrasesDto.class, PhrasesDto.FORMAT_VERSION, PhrasesDto.MARKER_FIELD);
        } catch (DraftFileException e) {
            throw worded(e, file);
        }
    }

    /** The storage layer words its errors for drafts; these are about the phrases file. */
    private static DraftFileException worded(DraftFileException e, Path file) {
        return new DraftFileException(e.reason(), file, e.messageAbout(FileKind.PHRASES), e);
    }

    private static List<Phrase> builtIn() {
        try (InputStream in = PhraseLibrary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return PhrasesDto.toPhrases(VersionedJson.read(in.readAllBytes(), null, PhrasesDto.class,
                    PhrasesDto.FORMAT_VERSION, PhrasesDto.MARKER_FIELD), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DraftFileException e) {
            throw new IllegalStateException("the built-in phrases are broken: " + e.getMessage(), e);
        }
    }

    /** Built-in categories in their usual order, then the user's own categories. */
    public List<String> categories() {
        Set<String> names = new LinkedHashSet<>();
        builtIn.forEach(p -> names.add(p.category()));
        own.forEach(p -> names.add(p.category()));
        return List.copyOf(names);
    }

    /** The user's phrases first (they are why the user opens the list), then the built-in ones. */
    public List<Phrase> all() {
        List<Phrase> all = new ArrayList<>(own);
        all.addAll(builtIn);
        return all;
    }

    /** Phrases in {@code category} (null: all) containing every word of {@code query}. */
    public List<Phrase> find(String category, String query) {
        String[] words = query == null ? new String[0] : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return all().stream()
                .filter(p -> category == null || p.category().equals(category))
                .filter(p -> matchesAll(p, words))
                .toList();
    }

    private static boolean matchesAll(Phrase p, String[] words) {
        String text = (p.category() + " " + p.text()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Adds one of the user's own and saves; a phrase they have already is not added twice. */
    public Phrase add(String category, String text) throws DraftFileException {
        Phrase phrase = new Phrase(category, text, true);
        if (!own.contains(phrase)) {
            List<Phrase> updated = new ArrayList<>(own);
            updated.add(0, phrase);
            save(updated);
        }
        return phrase;
    }

    /** Removes one of the user's own phrases (built-in ones stay) and saves. */
    public void remove(Phrase phrase) throws DraftFileException {
        if (own.contains(phrase)) {
            List<Phrase> updated = new ArrayList<>(own);
            updated.remove(phrase);
            save(updated);
        }
    }

    private void save(List<Phrase> updated) throws DraftFileException {
        try {
            VersionedJson.writeFile(ownFile, PhrasesDto.of(updated));
        } catch (DraftFileException e) {
            throw worded(e, ownFile);
        }
        own = List.copyOf(updated);
    }
}

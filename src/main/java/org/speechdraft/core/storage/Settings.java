package org.speechdraft.core.storage;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the app remembers between runs. Recent files are kept absolute and normalised, without
 * duplicates, most recent first, at most {@link #MAX_RECENT}.
 *
 * @param window          null = let the app choose
 * @param lastDirectory   null = none yet
 * @param sharedTemplates the office's shared template folder (e.g. on a network drive), null = none
 * @param userName        the name the user's 批注 and 修订 are signed with, and the author of exported
 *                        documents (Word's 用户名); blank = not set, see {@link #author()}
 */
public record Settings(WindowBounds window, List<Path> recentFiles, Path lastDirectory, Path sharedTemplates,
                       String userName) {

    public static final int MAX_RECENT = 10;
    public static final Settings DEFAULT = new Settings(null, List.of(), null, null, "");

    public Settings {
        recentFiles = recentFiles == null ? List.of() : cleanRecent(recentFiles);
        lastDirectory = lastDirectory == null ? null : canonical(lastDirectory);
        sharedTemplates = sharedTemplates == null ? null : canonical(sharedTemplates);
        userName = userName == null ? "" : userName.strip();
    }

    /** Settings without a shared template folder. */
    public Settings(WindowBounds window, List<Path> recentFiles, Path lastDirectory) {
        this(window, recentFiles, lastDirectory, null, "");
    }

    /** The user's name as set, else the computer account's (what Word starts with too). */
    public String author() {
        if (!userName.isBlank()) {
            return userName;
        }
        String account = System.getProperty("user.name", "");
        return account.isBlank() ? "SpeechDraft" : account;
    }

    public Settings withUserName(String name) {
        return new Settings(window, recentFiles, lastDirectory, sharedTemplates, name);
    }

    /** Moves {@code file} to the front of the recent files. */
    public Settings withRecentFile(Path file) {
        return new Settings(window, Stream.concat(Stream.of(file), recentFiles.stream()).toList(), lastDirectory,
                sharedTemplates, userName);
    }

    public Settings withoutRecentFile(Path file) {
        Path unwanted = canonical(file);
        return new Settings(window, recentFiles.stream().filter(p -> !p.equals(unwanted)).toList(), lastDirectory,
                sharedTemplates, userName);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(bounds, recentFiles, lastDirectory, sharedTemplates, userName);
    }

    public Settings withLastDirectory(Path dir) {
        return new Settings(window, recentFiles, dir, sharedTemplates, userName);
    }

    /** @param folder the shared template folder, or null for none */
    public Settings withSharedTemplates(Path folder) {
        return new Settings(window, recentFiles, lastDirectory, folder, userName);
    }

    private static List<Path> cleanRecent(List<Path> files) {
        LinkedHashSet<Path> unique = new LinkedHashSet<>(); // keeps the first, i.e. most recent, occurrence
        for (Path file : files) {
            if (file != null && unique.size() < MAX_RECENT) {
                unique.add(canonical(file));
            }
        }
        return List.copyOf(unique);
    }

    private static Path canonical(Path path) {
        return path.toAbsolutePath().normalize();
    }
}

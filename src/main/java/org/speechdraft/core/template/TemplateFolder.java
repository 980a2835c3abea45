package org.speechdraft.core.template;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.speechdraft.core.storage.IoProblem;

/**
 * The template files of one folder (the user's, or a shared one): every {@code *.json} but the
 * library's state file, in file-name order. A file that cannot be used is reported and skipped, so
 * one bad file never hides the others.
 */
final class TemplateFolder {

    private TemplateFolder() {
    }

    /** @return the templates by id, each with the file it came from; a missing folder is an empty one */
    static Map<String, Loaded> load(Path dir, TemplateSource source, TemplateCodec codec, List<LibraryProblem> problems) {
        Map<String, Loaded> templates = new LinkedHashMap<>();
        for (Path file : files(dir, problems)) {
            try {
                Template template = codec.read(file, source);
                Loaded earlier = templates.get(template.id());
                if (earlier != null) {
                    problems.add(new LibraryProblem(fileName(file), TemplateTexts.get("library.duplicateId",
                            fileName(file), template.id(), fileName(earlier.file()))));
                } else {
                    templates.put(template.id(), new Loaded(template, file));
                }
            } catch (TemplateException e) {
                problems.add(new LibraryProblem(fileName(file), e.getMessage()));
            }
        }
        return templates;
    }

    /** A template and its file. */
    record Loaded(Template template, Path file) {
    }

    static boolean isTemplateFile(Path file) {
        String name = fileName(file);
        return name.toLowerCase(Locale.ROOT).endsWith(TemplateCodec.EXTENSION)
                && !name.equals(LibraryStateStore.FILE_NAME) && Files.isRegularFile(file);
    }

    private static List<Path> files(Path dir, List<LibraryProblem> problems) {
        List<Path> files = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(file -> {
                if (isTemplateFile(file)) {
                    files.add(file);
                }
            });
        } catch (NoSuchFileException e) {
            return files; // removed while we looked
        } catch (IOException | RuntimeException e) {
            String why = e instanceof IOException io ? IoProblem.describe(io) : String.valueOf(e.getMessage());
            problems.add(new LibraryProblem("", TemplateTexts.get("library.folderUnreadable", dir.toString(), why)));
        }
        files.sort(null);
        return files;
    }

    static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}

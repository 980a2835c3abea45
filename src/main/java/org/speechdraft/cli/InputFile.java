package org.speechdraft.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.speechdraft.core.importing.ImportException;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.text.FileTooLargeException;

/**
 * A command's input file: read it, or tell the user in Chinese on stderr why not, so the command
 * can exit with {@link ExitCode#FAILURE} and nothing on stdout.
 */
final class InputFile {

    @FunctionalInterface
    interface Reader<T> {
        T read(Path file) throws IOException, DraftFileException, ImportException;
    }

    private InputFile() {
    }

    static <T> Optional<T> read(String fileName, Reader<T> reader, PrintStream err) {
        String message;
        try {
            return Optional.of(reader.read(Path.of(fileName)));
        } catch (InvalidPathException e) {
            message = CliTexts.get("file.invalidPath", fileName);
        } catch (DraftFileException | ImportException | FileTooLargeException e) {
            message = e.getMessage();
        } catch (IOException e) {
            message = describe(e, fileName);
        }
        CliTexts.error(err, message, ExitCode.FAILURE);
        return Optional.empty();
    }

    /** A .sdraft draft, as opposed to a plain text file. */
    static boolean isDraft(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(DraftCodec.EXTENSION);
    }

    private static String describe(IOException e, String fileName) {
        String key;
        if (e instanceof NoSuchFileException) {
            key = "file.notFound";
        } else if (e instanceof AccessDeniedException) {
            key = "file.accessDenied";
        } else {
            key = "file.unreadable";
        }
        return CliTexts.get(key, fileName);
    }
}

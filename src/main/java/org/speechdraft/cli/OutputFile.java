package org.speechdraft.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The {@code -o} file of a command that makes a new file from an input file. */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * The output path, if it is a valid path and not the input file itself; otherwise empty after a
     * usage error on stderr (also empty, silently, when no output was given).
     */
    static Optional<Path> of(Optional<String> given, String input, String command, String usage, PrintStream err) {
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(given.get());
        } catch (InvalidPathException e) {
            CliTexts.error(err, CliTexts.get("file.invalidPath", given.get()), ExitCode.USAGE);
            return Optional.empty();
        }
        if (isSameFile(input, path)) {
            CliTexts.error(err, CliTexts.get("output.sameFile", given.get(), command, usage), ExitCode.USAGE);
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** The required {@code -o} file, which must end in {@code extension}; empty after a usage error. */
    static Optional<Path> required(Optional<String> given, String extension, String input, String command, String usage,
                                   PrintStream err) {
        if (given.isEmpty()) {
            CliTexts.error(err, CliTexts.get("output.missing", command, usage), ExitCode.USAGE);
            return Optional.empty();
        }
        if (!given.get().toLowerCase(Locale.ROOT).endsWith(extension)) {
            CliTexts.error(err, CliTexts.get("output.wrongExtension", given.get(), extension), ExitCode.USAGE);
            return Optional.empty();
        }
        return of(given, input, command, usage, err);
    }

    /** An existing output is kept unless the user said {@code --force}; false after the message on stderr. */
    static boolean mayWrite(Path output, boolean force, PrintStream err) {
        if (Files.exists(output) && !force) {
            CliTexts.error(err, CliTexts.get("output.exists", output.toString()), ExitCode.FAILURE);
            return false;
        }
        return true;
    }

    static boolean isSameFile(String input, Path output) {
        try {
            return Path.of(input).toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return false; // reported when the input is read
        }
    }
}

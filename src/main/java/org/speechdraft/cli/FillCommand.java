package org.speechdraft.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.placeholder.FillResult;
import org.speechdraft.core.placeholder.PlaceholderFiller;
import org.speechdraft.core.placeholder.ValueFileException;
import org.speechdraft.core.placeholder.ValueTable;
import org.speechdraft.core.storage.AtomicFileWriter;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.IoProblem;
import org.speechdraft.core.text.TextFiles;

/**
 * {@code fill FILE --values VALUES -o OUT [--force]}: fills the placeholders of a .sdraft or text
 * file (any common encoding) with the values of a .xlsx, .csv, .txt or .json table and writes the
 * result — a draft if OUT ends in .sdraft (meta, levels, styles and snapshots kept, the filled values
 * remembered), otherwise UTF-8 text. What was filled, what matched nothing and what is still to fill
 * go to stderr. Exit code 0 once written, even with placeholders left; 1 for a file that cannot be
 * read or written (and for an OUT that is FILE itself, or that exists without --force); 2 for a wrong
 * command line.
 */
final class FillCommand implements CliCommand {

    private static final String VALUES = "--values";
    private static final String OUTPUT = "-o";
    private static final String FORCE = "--force";

    /**
     * The text to fill, as a draft, and how its paragraphs become a plain text again: a text written
     * back as text keeps its lines, blank ones included, and its line breaks.
     */
    private record Source(Draft draft, String lineBreak, boolean endsWithBreak) {

        String asText(List<String> paragraphs) {
            return String.join(lineBreak, paragraphs) + (endsWithBreak ? lineBreak : "");
        }
    }

    @Override
    public List<String> names() {
        return List.of("fill");
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.fill.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.fill.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        FileArguments call = FileArguments.parse(args, Set.of(FORCE), Set.of(VALUES, OUTPUT), "fill", arguments(), err);
        if (call == null) {
            return ExitCode.USAGE;
        }
        if (call.value(VALUES).isEmpty() || call.value(OUTPUT).isEmpty()) {
            return CliTexts.error(err, CliTexts.get("command.fill.wrongArguments", arguments()), ExitCode.USAGE);
        }
        Optional<Path> input = path(call.file(), err);
        Optional<Path> valuesFile = input.flatMap(p -> path(call.value(VALUES).get(), err));
        Optional<Path> output = valuesFile.flatMap(p -> path(call.value(OUTPUT).get(), err));
        if (output.isEmpty() || !mayWrite(input.get(), output.get(), call.has(FORCE), err)) {
            return ExitCode.FAILURE;
        }
        boolean draftOut = InputFile.isDraft(output.get());
        Optional<Source> source = InputFile.read(call.file(), file -> read(file, draftOut), err);
        Optional<ValueTable> values = source.flatMap(s -> values(valuesFile.get(), err));
        if (values.isEmpty()) {
            return ExitCode.FAILURE;
        }
        FillResult result = new PlaceholderFiller().fill(source.get().draft().paragraphs(), values.get());
        if (!write(output.get(), source.get(), result, err)) {
            return ExitCode.FAILURE;
        }
        report(result, call.value(OUTPUT).get(), err);
        return ExitCode.SUCCESS;
    }

    private static Optional<Path> path(String name, PrintStream err) {
        try {
            return Optional.of(Path.of(name));
        } catch (InvalidPathException e) {
            CliTexts.error(err, CliTexts.get("file.invalidPath", name), ExitCode.FAILURE);
            return Optional.empty();
        }
    }

    /** Never over the file being filled; over another existing file only when asked to. */
    private static boolean mayWrite(Path input, Path output, boolean force, PrintStream err) {
        if (sameFile(input, output)) {
            CliTexts.error(err, CliTexts.get("command.fill.sameFile", output.toString()), ExitCode.FAILURE);
            return false;
        }
        if (Files.exists(output) && !force) {
            CliTexts.error(err, CliTexts.get("command.fill.outputExists", output.toString()), ExitCode.FAILURE);
            return false;
        }
        return true;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b); // also through links and different spellings
            }
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static Source read(Path file, boolean draftOut) throws IOException, DraftFileException {
        if (InputFile.isDraft(file)) {
            return new Source(new DraftCodec().read(file), "\n", true);
        }
        String text = TextFiles.read(file);
        if (draftOut) {
            return new Source(Draft.fromText(text), "\n", true);
        }
        List<String> lines = new ArrayList<>(new LineIndex(text).lines());
        boolean endsWithBreak = lines.size() > 1 && lines.get(lines.size() - 1).isEmpty();
        if (endsWithBreak) {
            lines.remove(lines.size() - 1);
        }
        return new Source(Draft.ofLines(lines), lineBreak(text), endsWithBreak);
    }

    /** The text's first line break: \r\n, \n or \r. */
    private static String lineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return "\n";
    }

    private static Optional<ValueTable> values(Path file, PrintStream err) {
        try {
            return Optional.of(ValueTable.read(file));
        } catch (ValueFileException e) {
            CliTexts.error(err, e.getMessage(), ExitCode.FAILURE);
            return Optional.empty();
        }
    }

    private static boolean write(Path output, Source source, FillResult result, PrintStream err) {
        try {
            if (InputFile.isDraft(output)) {
                new DraftCodec().write(output, source.draft().withParagraphs(result.paragraphs())
                        .plusPlaceholderValues(result.recordedValues()));
            } else {
                AtomicFileWriter.write(output, source.asText(result.texts()).getBytes(StandardCharsets.UTF_8));
            }
            return true;
        } catch (DraftFileException e) {
            CliTexts.error(err, e.getMessage(), ExitCode.FAILURE);
        } catch (IOException e) {
            CliTexts.error(err, CliTexts.get("command.fill.writeFailed", output.toString(), IoProblem.describe(e)), ExitCode.FAILURE);
        }
        return false;
    }

    private static void report(FillResult result, String output, PrintStream err) {
        err.println(CliTexts.get("command.fill.filled", String.valueOf(result.filled().size()), output));
        result.unmatched().forEach(e -> err.println(CliTexts.get("command.fill.unmatched", e.key(), e.value())));
        if (result.remaining().isEmpty()) {
            err.println(CliTexts.get("command.fill.noneRemaining"));
        } else {
            err.println(CliTexts.get("command.fill.remainingHeading", String.valueOf(result.remaining().size())));
            result.remaining().forEach(p -> err.println(PlaceholdersCommand.item(p)));
        }
    }
}

package org.speechdraft.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.text.TextFiles;

/** {@code text FILE}: the plain text of a draft, one paragraph per line, e.g. for grep or diff. */
final class TextCommand implements CliCommand {

    @Override
    public List<String> names() {
        return List.of("text");
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.text.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.text.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            return CliTexts.error(err, CliTexts.get("command.text.wrongArguments", arguments()), ExitCode.USAGE);
        }
        // Read everything before printing, so that a bad file leaves stdout empty.
        Optional<List<String>> lines = InputFile.read(args.get(0),
                file -> InputFile.isDraft(file) ? readDraftParagraphs(file) : TextFiles.read(file).lines().toList(), err);
        if (lines.isEmpty()) {
            return ExitCode.FAILURE;
        }
        lines.get().forEach(out::println);
        return ExitCode.SUCCESS;
    }

    private static List<String> readDraftParagraphs(Path file) throws DraftFileException {
        return new DraftCodec().read(file).paragraphs().stream().map(DraftParagraph::text).toList();
    }
}

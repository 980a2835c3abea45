package org.speechdraft.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.speechdraft.core.importing.ImportedSpeech;
import org.speechdraft.core.importing.SpeechImporter;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;

/**
 * {@code import FILE -o DRAFT.sdraft [--encoding X] [--no RULE]… [--with RULE]… [--force]}: a past
 * speech (a text file in any common encoding, or a .docx) cleaned and structured — title,
 * salutation, headings with their levels — and saved as a draft. An existing draft is not
 * overwritten without --force.
 */
final class ImportCommand implements CliCommand {

    private static final String NAME = "import";


    @Override
    public List<String> names() {
        return List.of(NAME);
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.import.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.import.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ImportCall call = ImportCall.parse(args, Set.of(), Set.of(), DraftCodec.EXTENSION, NAME, arguments(), err);
        if (call.failed()) {
            return call.exitCode();
        }
        Path output = call.output();
        Optional<ImportedSpeech> imported = InputFile.read(call.arguments().file(),
                file -> new SpeechImporter().importFile(file, call.options().encoding(), call.options().cleanup()), err);
        if (imported.isEmpty()) {
            return ExitCode.FAILURE;
        }
        Draft draft = imported.get().draft();
        try {
            new DraftCodec().write(output, draft);
        } catch (DraftFileException e) {
            return CliTexts.error(err, e.getMessage(), ExitCode.FAILURE);
        }
        long headings = draft.paragraphs().stream().filter(p -> p.level().isHeading()).count();
        out.println(CliTexts.get("command.import.written", output.toString(),
                draft.meta().title().isEmpty() ? CliTexts.get("command.import.noTitle") : draft.meta().title(),
                String.valueOf(draft.paragraphs().size()), String.valueOf(headings),
                String.valueOf(imported.get().placeholders().placeholders().size())));
        reportWord(imported.get(), out, err);
        ImportArguments.report(imported.get().source(), imported.get().cleanup(), err);
        return ExitCode.SUCCESS;
    }

    /** A Word document's 修订 and 批注, and everything that did not come in as it was. */
    private static void reportWord(ImportedSpeech speech, PrintStream out, PrintStream err) {
        int revisions = speech.revisionCount();
        int comments = speech.draft().comments().size();
        if (revisions > 0) {
            out.println(CliTexts.get("command.import.revisions", String.valueOf(revisions),
                    speech.revisedVersion().map(s -> s.name()).orElse("")));
        }
        if (comments > 0) {
            out.println(CliTexts.get("command.import.comments", String.valueOf(comments)));
        }
        if (!speech.notes().isEmpty()) {
            err.println(CliTexts.get("command.import.notes"));
            speech.notes().forEach(note -> err.println("  " + note.message()));
        }
    }
}

package org.speechdraft.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.speechdraft.core.cleanup.Cleaner;
import org.speechdraft.core.cleanup.CleanupResult;
import org.speechdraft.core.cleanup.RuleInfo;
import org.speechdraft.core.importing.SourceDocument;
import org.speechdraft.core.importing.SpeechImporter;
import org.speechdraft.core.storage.AtomicFileWriter;
import org.speechdraft.core.storage.IoProblem;

/**
 * {@code clean FILE [-o OUT.txt] [--encoding X] [--no RULE]… [--with RULE]…}: a speech copied from
 * the web, a PDF or a download site (a text file in any common encoding, or a .docx) without its
 * noise, printed or written as UTF-8 text; on stderr the encoding read and one line per rule that
 * changed something. {@code clean --rules} lists the rules.
 */
final class CleanCommand implements CliCommand {

    private static final String NAME = "clean";
    private static final String OUTPUT = "-o";
    private static final String RULES = "--rules";


    @Override
    public List<String> names() {
        return List.of(NAME);
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.clean.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.clean.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.equals(List.of(RULES))) {
            printRules(out);
            return ExitCode.SUCCESS;
        }
        Set<String> valued = new HashSet<>(ImportArguments.VALUED);
        valued.add(OUTPUT);
        FileArguments call = FileArguments.parse(args, Set.of(), valued, NAME, arguments(), err);
        ImportArguments options = call == null ? null : ImportArguments.of(call, err);
        if (options == null) {
            return ExitCode.USAGE;
        }
        Optional<Path> output = OutputFile.of(call.value(OUTPUT), call.file(), NAME, arguments(), err);
        if (call.value(OUTPUT).isPresent() && output.isEmpty()) {
            return ExitCode.USAGE;
        }
        SpeechImporter importer = new SpeechImporter();
        Optional<SourceDocument> source = InputFile.read(call.file(), file -> importer.read(file, options.encoding()), err);
        if (source.isEmpty()) {
            return ExitCode.FAILURE;
        }
        int revisions = source.get().word().revisions().size();
        if (revisions > 0) {
            err.println(CliTexts.get("command.clean.revised", String.valueOf(revisions)));
        }
        CleanupResult cleaned = importer.clean(source.get().asRevised(), options.cleanup());
        String text = String.join("\n", cleaned.lines()) + "\n";
        if (output.isPresent()) {
            try {
                AtomicFileWriter.write(output.get(), text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return CliTexts.error(err, CliTexts.get("output.writeFailed", output.get().toString(), IoProblem.describe(e)),
                        ExitCode.FAILURE);
            }
            out.println(CliTexts.get("command.clean.written", output.get().toString(),
                    String.valueOf(cleaned.lines().size())));
        } else {
            out.print(text);
        }
        ImportArguments.report(source.get(), cleaned.report(), err);
        return ExitCode.SUCCESS;
    }

    private static void printRules(PrintStream out) {
        for (RuleInfo rule : Cleaner.rules()) {
            out.println(CliTexts.get(rule.onByDefault() ? "command.clean.rule" : "command.clean.ruleOff",
                    rule.id(), rule.name(), rule.description()));
        }
    }
}

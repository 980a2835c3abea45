package org.speechdraft.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateDrafts;

/**
 * {@code new --template ID|FILE.json -o DRAFT.sdraft}: a new draft from a library template or a
 * template file — title, date and the outline with sample paragraphs; fields without a default
 * stay {{字段}} to be filled. An existing file is never overwritten.
 */
final class NewCommand implements CliCommand {

    private static final List<String> TEMPLATE_OPTION = List.of("--template", "-t");
    private static final List<String> OUTPUT_OPTION = List.of("-o", "--output");

    @Override
    public List<String> names() {
        return List.of("new");
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.new.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.new.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = options(args, err);
        if (options == null) {
            return ExitCode.USAGE;
        }
        String output = options.get(OUTPUT_OPTION.get(0));
        if (!output.toLowerCase(Locale.ROOT).endsWith(DraftCodec.EXTENSION)) {
            return CliTexts.error(err, CliTexts.get("command.new.notADraftName", output), ExitCode.USAGE);
        }
        Path target;
        try {
            target = Path.of(output);
        } catch (InvalidPathException e) {
            return CliTexts.error(err, CliTexts.get("file.invalidPath", output), ExitCode.FAILURE);
        }
        if (Files.exists(target)) {
            return CliTexts.error(err, CliTexts.get("command.new.exists", output), ExitCode.FAILURE);
        }
        Optional<Template> template = TemplateArgument.resolve(options.get(TEMPLATE_OPTION.get(0)), err);
        if (template.isEmpty()) {
            return ExitCode.FAILURE;
        }
        Draft draft = new TemplateDrafts().newDraft(template.get(), LocalDate.now());
        try {
            new DraftCodec().write(target, draft);
        } catch (DraftFileException e) {
            return CliTexts.error(err, e.getMessage(), ExitCode.FAILURE);
        }
        long toFill = template.get().fields().stream().filter(f -> !f.hasDefault()).count();
        out.println(CliTexts.get("command.new.created", output, template.get().name(), String.valueOf(toFill)));
        return ExitCode.SUCCESS;
    }

    /** Both options, each with its value, keyed by their long name; null after a usage error on stderr. */
    private Map<String, String> options(List<String> args, PrintStream err) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            List<String> option = TEMPLATE_OPTION.contains(arg) ? TEMPLATE_OPTION
                    : OUTPUT_OPTION.contains(arg) ? OUTPUT_OPTION : null;
            if (option == null || i + 1 >= args.size() || values.containsKey(option.get(0))) {
                CliTexts.error(err, CliTexts.get("command.new.wrongArguments", arguments()), ExitCode.USAGE);
                return null;
            }
            values.put(option.get(0), args.get(++i));
        }
        if (values.size() != 2) {
            CliTexts.error(err, CliTexts.get("command.new.wrongArguments", arguments()), ExitCode.USAGE);
            return null;
        }
        return values;
    }
}

package org.speechdraft.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.speechdraft.core.importing.SpeechImporter;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateCodec;
import org.speechdraft.core.template.TemplateDrafts;
import org.speechdraft.core.template.TemplateException;

/**
 * {@code extract-template FILE -o TEMPLATE.json [--name 名称] [--category 分类] [--samples]
 * [--keep-figures] [--encoding X] [--no RULE]… [--force]}: 提取为模板 from a past speech (a text
 * file or .docx, imported and cleaned first) or a .sdraft draft: its outline, with the placeholders
 * and — unless --keep-figures — the figures it states turned into fields; --samples keeps the body
 * paragraphs as samples.
 */
final class ExtractTemplateCommand implements CliCommand {

    private static final String NAME = "extract-template";
    private static final String TEMPLATE_NAME = "--name";
    private static final String CATEGORY = "--category";
    private static final String SAMPLES = "--samples";
    private static final String KEEP_FIGURES = "--keep-figures";


    @Override
    public List<String> names() {
        return List.of(NAME);
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.extract-template.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.extract-template.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ImportCall parsed = ImportCall.parse(args, Set.of(SAMPLES, KEEP_FIGURES), Set.of(TEMPLATE_NAME, CATEGORY),
                TemplateCodec.EXTENSION, NAME, arguments(), err);
        if (parsed.failed()) {
            return parsed.exitCode();
        }
        FileArguments call = parsed.arguments();
        ImportArguments options = parsed.options();
        SpeechImporter importer = new SpeechImporter();
        // a marked-up document is taken as it reads with its 修订 made, as the speech now stands
        Optional<Draft> draft = InputFile.read(call.file(), file -> InputFile.isDraft(file) ? new DraftCodec().read(file)
                : importer.build(importer.read(file, options.encoding()).asRevised(), options.cleanup()).draft(), err);
        if (draft.isEmpty()) {
            return ExitCode.FAILURE;
        }
        String name = call.value(TEMPLATE_NAME).orElse(defaultName(draft.get(), call.file()));
        Template template = new TemplateDrafts().fromDraft(draft.get(), name, call.value(CATEGORY).orElse(""), "",
                call.has(SAMPLES), !call.has(KEEP_FIGURES));
        try {
            new TemplateCodec().write(parsed.output(), template);
        } catch (TemplateException e) {
            return CliTexts.error(err, e.getMessage(), ExitCode.FAILURE);
        }
        out.println(CliTexts.get("command.extract-template.written", parsed.output().toString(), template.name(),
                String.valueOf(template.sectionCount()), String.valueOf(template.fields().size())));
        return ExitCode.SUCCESS;
    }

    /** The speech's title, else the file's name without its extension. */
    private static String defaultName(Draft draft, String file) {
        if (!draft.meta().title().isBlank()) {
            return draft.meta().title();
        }
        String fileName = Path.of(file).getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

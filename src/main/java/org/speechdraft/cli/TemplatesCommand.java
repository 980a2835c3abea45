package org.speechdraft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateEntry;
import org.speechdraft.core.template.TemplateField;
import org.speechdraft.core.template.TemplateParagraph;

/**
 * {@code templates list [--json]}: the template library (built-in and the user's from
 * $SPEECHDRAFT_HOME) in gallery order; "sections" counts the level-1 sections (一、二、三、 or
 * 一要、二要 …), "fields" the declared fields. {@code templates show ID|FILE}: a template's outline
 * with its writing hints, and its fields. Skipped template files are reported on stderr; the exit
 * code is still 0.
 */
final class TemplatesCommand implements CliCommand {

    private static final String LIST = "list";
    private static final String SHOW = "show";
    private static final String JSON = "--json";
    private static final String INDENT = "  ";

    @Override
    public List<String> names() {
        return List.of("templates");
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.templates.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.templates.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() == 1 && args.get(0).equals(LIST)) {
            return list(false, out, err);
        }
        if (args.size() == 2 && args.get(0).equals(LIST) && args.get(1).equals(JSON)) {
            return list(true, out, err);
        }
        if (args.size() == 2 && args.get(0).equals(SHOW)) {
            return show(args.get(1), out, err);
        }
        return CliTexts.error(err, CliTexts.get("command.templates.wrongArguments", arguments()), ExitCode.USAGE);
    }

    private int list(boolean asJson, PrintStream out, PrintStream err) {
        List<TemplateEntry> entries = TemplateArgument.library(err).all();
        if (asJson) {
            out.println(toJson(entries));
            return ExitCode.SUCCESS;
        }
        HelpTable table = new HelpTable();
        for (TemplateEntry entry : entries) {
            Template t = entry.template();
            table.row(t.id(), CliTexts.get("command.templates.row", t.name(), t.category(), t.source().displayName(),
                    String.valueOf(t.sectionCount()), String.valueOf(t.fields().size())));
        }
        table.print(out);
        return ExitCode.SUCCESS;
    }

    private int show(String idOrFile, PrintStream out, PrintStream err) {
        Optional<Template> found = TemplateArgument.resolve(idOrFile, err);
        if (found.isEmpty()) {
            return ExitCode.FAILURE;
        }
        Template t = found.get();
        out.println(CliTexts.get("command.templates.show.name", t.name(), t.id()));
        out.println(CliTexts.get("command.templates.show.category", t.category(), t.source().displayName()));
        if (!t.description().isBlank()) {
            out.println(CliTexts.get("command.templates.show.description", t.description()));
        }
        out.println(CliTexts.get("command.templates.show.title", t.titlePattern()));
        out.println();
        out.println(CliTexts.get("command.templates.show.outline"));
        for (TemplateParagraph p : t.paragraphs()) {
            if (p.level().isHeading()) {
                String indent = INDENT.repeat(p.level().headingDepth());
                out.println(indent + p.text());
                if (!p.hint().isBlank()) {
                    out.println(indent + INDENT + CliTexts.get("command.templates.show.hint", p.hint()));
                }
            }
        }
        out.println();
        out.println(CliTexts.get("command.templates.show.fields"));
        HelpTable fields = new HelpTable();
        for (TemplateField f : t.fields()) {
            fields.row(f.token(), fieldDescription(f));
        }
        fields.print(out);
        return ExitCode.SUCCESS;
    }

    /** "金额，单位：万元，默认：{{今年}}；上一阶段累计投入的资金" — the parts there are. */
    private static String fieldDescription(TemplateField f) {
        StringBuilder text = new StringBuilder(f.kind().displayName());
        if (!f.unit().isEmpty()) {
            text.append(CliTexts.get("command.templates.show.unit", f.unit()));
        }
        if (f.hasDefault()) {
            text.append(CliTexts.get("command.templates.show.default", f.defaultValue()));
        }
        if (!f.hint().isBlank()) {
            text.append(CliTexts.get("command.templates.show.fieldHint", f.hint()));
        }
        return text.toString();
    }

    private static String toJson(List<TemplateEntry> entries) {
        ArrayNode array = JsonOutput.array();
        for (TemplateEntry entry : entries) {
            Template t = entry.template();
            ObjectNode node = array.addObject();
            node.put("id", t.id());
            node.put("name", t.name());
            node.put("category", t.category());
            node.put("source", t.source().id());
            node.put("sections", t.sectionCount());
            node.put("fields", t.fields().size());
        }
        return JsonOutput.write(array);
    }
}

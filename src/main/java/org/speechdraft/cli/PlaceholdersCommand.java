package org.speechdraft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderDetector;
import org.speechdraft.core.placeholder.PlaceholderReport;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.text.TextFiles;

/**
 * {@code placeholders FILE [--json]}: the figures still to be filled in a .txt (any common
 * encoding) or .sdraft file — XX, **, 20XX, {{字段}} … and, apart, suspected deleted figures —
 * each with its label, unit, kind and context; as a list for reading or as JSON for tools (line
 * numbers and code-point offsets in the text as decoded, as {@code outline} gives them).
 * Placeholders are findings, not errors: the exit code is 0; 1 means the file could not be read,
 * 2 a wrong command line.
 */
final class PlaceholdersCommand implements CliCommand {

    private static final String JSON = "--json";

    /** The checked file: its text as decoded (for positions) and what was found in it. */
    private record Detected(LineIndex index, PlaceholderReport report) {
    }

    @Override
    public List<String> names() {
        return List.of("placeholders");
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.placeholders.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.placeholders.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        FileArguments call = FileArguments.parse(args, Set.of(JSON), "placeholders", arguments(), err);
        if (call == null) {
            return ExitCode.USAGE;
        }
        Optional<Detected> read = InputFile.read(call.file(), PlaceholdersCommand::detect, err);
        if (read.isEmpty()) {
            return ExitCode.FAILURE;
        }
        if (call.has(JSON)) {
            out.println(toJson(read.get()));
        } else {
            printList(read.get().report(), out);
        }
        return ExitCode.SUCCESS;
    }

    private static Detected detect(Path file) throws IOException, DraftFileException {
        String text = InputFile.isDraft(file)
                ? new DraftCodec().read(file).paragraphs().stream().map(DraftParagraph::text)
                        .collect(Collectors.joining("\n"))
                : TextFiles.read(file);
        LineIndex index = new LineIndex(text);
        return new Detected(index, new PlaceholderDetector().detect(index.lines()));
    }

    private static void printList(PlaceholderReport report, PrintStream out) {
        report.placeholders().forEach(p -> out.println(item(p)));
        if (!report.suspected().isEmpty()) {
            out.println(CliTexts.get("command.placeholders.suspectedHeading"));
            report.suspected().forEach(p -> out.println(item(p)));
        }
        out.println(CliTexts.get("command.placeholders.summary",
                String.valueOf(report.placeholders().size()), String.valueOf(report.suspected().size())));
    }

    /** "第3行：投入资金 ▸ XX ▸ 亿元（金额）  …累计投入资金XX亿元，新建…"; also how {@code fill} lists what is left. */
    static String item(Placeholder p) {
        String shown = p.text().isBlank() ? CliTexts.get("command.placeholders.gap") : p.text();
        String chain = Stream.of(p.label(), shown, p.unit())
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(CliTexts.get("command.placeholders.separator")));
        return CliTexts.get("command.placeholders.item", String.valueOf(p.paragraph() + 1), chain,
                p.kind().displayName(), p.context());
    }

    private static String toJson(Detected detected) {
        ObjectNode root = JsonOutput.object();
        addAll(root.putArray("placeholders"), detected.report().placeholders(), detected.index());
        addAll(root.putArray("suspected"), detected.report().suspected(), detected.index());
        return JsonOutput.write(root);
    }

    private static void addAll(ArrayNode array, List<Placeholder> placeholders, LineIndex index) {
        for (Placeholder p : placeholders) {
            ObjectNode node = array.addObject();
            node.put("text", p.text());
            node.put("kind", p.kind().id());
            node.put("label", p.label());
            node.put("unit", p.unit());
            node.put("line", p.paragraph() + 1);
            node.put("offset", index.codePointOffset(p.paragraph(), p.start()));
            node.put("context", p.context());
        }
    }
}

package org.speechdraft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.NumberingProblem;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.text.TextFiles;

/**
 * {@code outline FILE [--json] [--check]}: the outline of a .txt (any common encoding) or .sdraft
 * file — indented for reading, as JSON for tools (line numbers and code-point offsets in the text
 * as decoded), or the numbering problems. Problems are findings, not errors: the exit code is 0;
 * 1 means the file could not be read, 2 a wrong command line.
 */
final class OutlineCommand implements CliCommand {

    private static final String JSON = "--json";
    private static final String CHECK = "--check";
    private static final String INDENT = "  ";

    /** The analysed file: its text as decoded (for positions) and its outline. */
    private record Analysed(LineIndex index, Outline outline) {
    }

    @Override
    public List<String> names() {
        return List.of("outline");
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.outline.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.outline.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        FileArguments call = FileArguments.parse(args, Set.of(JSON, CHECK), "outline", arguments(), err);
        if (call == null) {
            return ExitCode.USAGE;
        }
        Optional<Analysed> read = InputFile.read(call.file(), OutlineCommand::analyse, err);
        if (read.isEmpty()) {
            return ExitCode.FAILURE;
        }
        Analysed analysed = read.get();
        boolean check = call.has(CHECK);
        if (call.has(JSON)) {
            out.println(toJson(analysed, check));
        } else if (check) {
            printProblems(analysed.outline(), out);
        } else {
            printOutline(analysed.outline(), out);
        }
        return ExitCode.SUCCESS;
    }

    private static Analysed analyse(Path file) throws IOException, DraftFileException {
        if (InputFile.isDraft(file)) {
            List<DraftParagraph> paragraphs = new DraftCodec().read(file).paragraphs();
            String text = String.join("\n", paragraphs.stream().map(DraftParagraph::text).toList());
            return new Analysed(new LineIndex(text), new OutlineAnalyzer().analyzeDraft(paragraphs));
        }
        LineIndex index = new LineIndex(TextFiles.read(file));
        return new Analysed(index, new OutlineAnalyzer().analyzeText(index.lines()));
    }

    private static void printOutline(Outline outline, PrintStream out) {
        if (outline.headings().isEmpty()) {
            out.println(CliTexts.get("command.outline.noHeadings"));
        }
        for (Heading h : outline.headings()) {
            out.println(INDENT.repeat(h.level() - 1) + h.label());
        }
    }

    private static void printProblems(Outline outline, PrintStream out) {
        if (outline.problems().isEmpty()) {
            out.println(CliTexts.get("command.outline.noProblems"));
        }
        for (NumberingProblem p : outline.problems()) {
            out.println(CliTexts.get("command.outline.problem", String.valueOf(p.paragraph() + 1), p.message()));
        }
    }

    private static String toJson(Analysed analysed, boolean withProblems) {
        Outline outline = analysed.outline();
        ObjectNode root = JsonOutput.object();
        root.put("title", outline.title());
        ArrayNode headings = root.putArray("headings");
        for (Heading h : outline.headings()) {
            ObjectNode node = headings.addObject();
            node.put("level", h.level());
            node.put("marker", h.marker() == null ? null : h.marker().text());
            node.put("text", h.text());
            node.put("line", h.paragraph() + 1);
            node.put("offset", analysed.index().codePointOffset(h.paragraph(), h.start()));
        }
        if (withProblems) {
            ArrayNode problems = root.putArray("problems");
            for (NumberingProblem p : outline.problems()) {
                ObjectNode node = problems.addObject();
                node.put("kind", p.kind().name());
                node.put("message", p.message());
                node.put("line", p.paragraph() + 1);
                node.put("offset", analysed.index().codePointOffset(p.paragraph(), p.start()));
            }
        }
        return JsonOutput.write(root);
    }
}

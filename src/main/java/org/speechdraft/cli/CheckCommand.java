package org.speechdraft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.speechdraft.core.check.CheckOptions;
import org.speechdraft.core.check.Problem;
import org.speechdraft.core.check.Proofreader;
import org.speechdraft.core.export.BuiltInPresets;
import org.speechdraft.core.export.PageLayout;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.core.speech.SpeechTiming;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.text.CharCounter;
import org.speechdraft.core.text.TextFiles;

/**
 * {@code check FILE [--json]}: the 校对 of a .sdraft or a text in any common encoding — 字数, the
 * speaking time at the draft's pace (200 字/分钟 for a text), and every problem with its line and
 * code-point offset (as {@code outline} gives them). Problems are findings: the exit code is 0;
 * 1 means the file could not be read, 2 a wrong command line.
 */
final class CheckCommand implements CliCommand {

    private static final String JSON = "--json";

    /** The checked file: its paragraphs as lines (for positions), its pace, what was found. */
    private record Checked(LineIndex index, int chars, double minutes, int pages, List<Problem> problems) {
    }

    @Override
    public List<String> names() {
        return List.of("check");
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.check.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.check.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        FileArguments call = FileArguments.parse(args, Set.of(JSON), "check", arguments(), err);
        if (call == null) {
            return ExitCode.USAGE;
        }
        Optional<Checked> read = InputFile.read(call.file(), CheckCommand::check, err);
        if (read.isEmpty()) {
            return ExitCode.FAILURE;
        }
        out.println(call.has(JSON) ? toJson(read.get()) : report(read.get()));
        return ExitCode.SUCCESS;
    }

    private static Checked check(Path file) throws IOException, DraftFileException {
        Draft draft = InputFile.isDraft(file) ? new DraftCodec().read(file)
                : Draft.of(TextFiles.read(file).lines().map(l -> DraftParagraph.of(ParagraphLevel.BODY, l)).toList());
        List<String> texts = draft.paragraphs().stream().map(DraftParagraph::text).toList();
        LineIndex index = new LineIndex(String.join("\n", texts));
        List<Problem> problems = new Proofreader().check(draft.paragraphs(), CheckOptions.DEFAULTS);
        int syllables = SpeechTiming.of(texts, new OutlineAnalyzer().analyzeDraft(draft.paragraphs())).total();
        DraftMeta meta = draft.meta();
        return new Checked(index, texts.stream().mapToInt(CharCounter::count).sum(),
                SpeechTiming.minutes(syllables, meta.pace()),
                new PageLayout(BuiltInPresets.gongwen()).paginate(draft.paragraphs()).pageCount(), problems);
    }

    private static String report(Checked checked) {
        StringBuilder out = new StringBuilder();
        for (Problem p : checked.problems()) {
            out.append(CliTexts.get("command.check.item", p.paragraph() + 1, p.kind().displayName(), p.message()))
                    .append('\n');
        }
        out.append(CliTexts.get("command.check.summary", String.valueOf(checked.chars()), SpeechTiming.describe(checked.minutes()),
                checked.pages(), checked.problems().size()));
        return out.toString();
    }

    private static String toJson(Checked checked) {
        ObjectNode root = JsonOutput.object();
        root.put("chars", checked.chars());
        root.put("minutes", Math.round(checked.minutes() * 10) / 10.0);
        root.put("pages", checked.pages());
        ArrayNode problems = root.putArray("problems");
        for (Problem p : checked.problems()) {
            ObjectNode node = problems.addObject();
            node.put("kind", p.kind().id());
            node.put("message", p.message());
            node.put("line", p.paragraph() + 1);
            node.put("offset", checked.index().codePointOffset(p.paragraph(), p.start()));
            if (p.hasFix()) {
                node.put("fix", p.fix());
            }
        }
        return JsonOutput.write(root);
    }
}

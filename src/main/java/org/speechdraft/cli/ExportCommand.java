package org.speechdraft.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.speechdraft.core.compare.DraftComparer;
import org.speechdraft.core.compare.VersionFileException;
import org.speechdraft.core.compare.VersionReader;
import org.speechdraft.core.export.Authorship;
import org.speechdraft.core.export.BuiltInPresets;
import org.speechdraft.core.export.DocxExporter;
import org.speechdraft.core.export.ExportFormat;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.ExportPresetException;
import org.speechdraft.core.export.ExportPresetStore;
import org.speechdraft.core.export.ExportProblem;
import org.speechdraft.core.export.RemainingPlaceholders;
import org.speechdraft.core.export.TextExporter;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.outline.TextStructure;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.SettingsStore;
import org.speechdraft.core.text.PastedText;
import org.speechdraft.core.text.TextFiles;

/**
 * {@code export FILE -o OUT.docx|OUT.txt [--preset ID] [--strict] [--against VERSION] [--author NAME]}:
 * a .sdraft draft or a text file (any common encoding; its title, salutation and headings found by
 * the outline engine) as a DOCX laid out by a preset, or as plain UTF-8 text. With --against, a
 * 修订稿: the differences from VERSION (a snapshot of the draft by its name, or a file) as Word
 * 修订. The author is --author, else the user's name in the settings (as the window signs).
 * Placeholders still to fill are named on stderr and highlighted in the DOCX; with --strict nothing
 * is written then. Exit 0 when written, 1 when a file could not be read or written (or --strict
 * refused), 2 for a wrong command line.
 */
final class ExportCommand implements CliCommand {

    private static final String OUTPUT = "-o";
    private static final String PRESET = "--preset";
    private static final String STRICT = "--strict";
    private static final String AGAINST = "--against";
    private static final String AUTHOR = "--author";
    private static final String NAME = "export";

    @Override
    public List<String> names() {
        return List.of(NAME);
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.export.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.export.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        FileArguments call = FileArguments.parse(args, Set.of(STRICT), Set.of(OUTPUT, PRESET, AGAINST, AUTHOR), NAME,
                arguments(), err);
        if (call == null) {
            return ExitCode.USAGE;
        }
        Optional<Path> target = outputPath(call, err);
        if (target.isEmpty()) {
            return ExitCode.USAGE;
        }
        Path output = target.get();
        ExportFormat format = ExportFormat.forFile(output).orElseThrow(); // checked by outputPath
        if (OutputFile.isSameFile(call.file(), output)) {
            return CliTexts.error(err, CliTexts.get("command.export.sameFile", arguments()), ExitCode.USAGE);
        }
        ExportPresetStore presets = new ExportPresetStore(AppHome.resolve());
        String presetId = call.value(PRESET).orElse(BuiltInPresets.GONGWEN_ID);
        ExportPreset preset;
        try {
            Optional<ExportPreset> found = presets.find(presetId);
            if (found.isEmpty()) {
                return CliTexts.error(err, CliTexts.get("command.export.unknownPreset", presetId, presetList(presets)),
                        ExitCode.USAGE);
            }
            preset = found.get();
        } catch (ExportPresetException e) {
            return CliTexts.error(err, e.getMessage(), ExitCode.FAILURE);
        }
        Optional<Draft> read = InputFile.read(call.file(), ExportCommand::readDraft, err);
        if (read.isEmpty()) {
            return ExitCode.FAILURE;
        }
        if (call.value(AGAINST).isPresent() && format != ExportFormat.DOCX) {
            return CliTexts.error(err, CliTexts.get("command.export.againstNeedsDocx", arguments()), ExitCode.USAGE);
        }
        Optional<Base> base = call.value(AGAINST).isEmpty() ? Optional.empty()
                : base(read.get(), call.value(AGAINST).get(), err);
        if (call.value(AGAINST).isPresent() && base.isEmpty()) {
            return ExitCode.FAILURE;
        }
        List<Placeholder> remaining = RemainingPlaceholders.in(read.get());
        remaining.forEach(p -> err.println(CliTexts.get("command.export.placeholder",
                String.valueOf(p.paragraph() + 1), p.text(), p.context())));
        if (call.has(STRICT) && !remaining.isEmpty()) {
            return CliTexts.error(err, CliTexts.get("command.export.strictRefused", String.valueOf(remaining.size())),
                    ExitCode.FAILURE);
        }
        Authorship by = Authorship.now(call.value(AUTHOR)
                .orElseGet(() -> new SettingsStore(AppHome.resolve()).load().author()));
        try {
            if (base.isPresent()) {
                new DocxExporter().exportRevisions(read.get(), base.get().paragraphs(), preset, by, output);
            } else if (format == ExportFormat.DOCX) {
                new DocxExporter().export(read.get(), remaining, preset, by, output);
            } else {
                new TextExporter().export(read.get(), remaining, output);
            }
        } catch (IOException e) {
            return CliTexts.error(err, ExportProblem.describe(output, e), ExitCode.FAILURE);
        }
        String layout = format == ExportFormat.DOCX ? preset.name() : CliTexts.get("command.export.plainText");
        out.println(CliTexts.get("command.export.written", output.toString(), layout));
        base.ifPresent(b -> out.println(CliTexts.get("command.export.revisions", String.valueOf(
                new DraftComparer().compare(b.paragraphs(), read.get().paragraphs()).changes().size()), b.name(),
                by.author())));
        if (!remaining.isEmpty()) {
            String key = format == ExportFormat.DOCX ? "command.export.remainingMarked" : "command.export.remaining";
            err.println(CliTexts.get(key, String.valueOf(remaining.size())));
        }
        return ExitCode.SUCCESS;
    }

    /** The -o file, which must be given and end in .docx or .txt. */
    private Optional<Path> outputPath(FileArguments call, PrintStream err) {
        Optional<String> name = call.value(OUTPUT);
        if (name.isEmpty()) {
            CliTexts.error(err, CliTexts.get("command.export.noOutput", arguments()), ExitCode.USAGE);
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(name.get());
        } catch (InvalidPathException e) {
            CliTexts.error(err, CliTexts.get("file.invalidPath", name.get()), ExitCode.USAGE);
            return Optional.empty();
        }
        if (ExportFormat.forFile(path).isEmpty()) {
            CliTexts.error(err, CliTexts.get("command.export.badOutput", name.get()), ExitCode.USAGE);
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private static Draft readDraft(Path file) throws IOException, DraftFileException {
        if (InputFile.isDraft(file)) {
            return new DraftCodec().read(file);
        }
        // As the window opens a text file (one paragraph a non-blank line), with its structure found.
        return Draft.of(new TextStructure().paragraphs(PastedText.paragraphs(TextFiles.read(file))));
    }

    /** The version a 修订稿 is marked against, by its name. */
    private record Base(String name, List<DraftParagraph> paragraphs) {
    }

    /** The draft's snapshot of that name, else the file of that name (a leader's marked-up copy: as it reads now). */
    private static Optional<Base> base(Draft draft, String against, PrintStream err) {
        Optional<Snapshot> snapshot = draft.snapshots().stream().filter(s -> s.name().equals(against)).findFirst();
        if (snapshot.isPresent()) {
            return Optional.of(new Base(against, snapshot.get().paragraphs()));
        }
        try {
            return Optional.of(new Base(against, new VersionReader().read(Path.of(against))));
        } catch (InvalidPathException e) {
            CliTexts.error(err, CliTexts.get("file.invalidPath", against), ExitCode.USAGE);
        } catch (VersionFileException e) {
            CliTexts.error(err, CliTexts.get("command.export.againstUnreadable", against, e.getMessage()), ExitCode.FAILURE);
        }
        return Optional.empty();
    }

    /** "gongwen（公文标准）、large-print（讲话稿大字版）" and the user's own. */
    private static String presetList(ExportPresetStore presets) {
        return presets.list().stream()
                .map(p -> CliTexts.get("command.export.presetItem", p.id(), p.name()))
                .collect(Collectors.joining(CliTexts.get("command.export.presetSeparator")));
    }
}

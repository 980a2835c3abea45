package org.speechdraft.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.speechdraft.core.compare.Change;
import org.speechdraft.core.compare.Comparison;
import org.speechdraft.core.compare.DraftComparer;
import org.speechdraft.core.compare.VersionFileException;
import org.speechdraft.core.compare.VersionReader;
import org.speechdraft.core.model.DraftParagraph;

/**
 * {@code diff A B}: what changed from version A to version B (.sdraft, .txt or .docx), paragraph by
 * paragraph, with [-deleted-] and {+inserted+} text, coloured when printed to a terminal. Exit
 * codes as diff's: 0 the same, 1 different, 2 trouble (a file that cannot be read, a wrong call).
 */
final class DiffCommand implements CliCommand {

    static final int SAME = ExitCode.SUCCESS;
    static final int DIFFERENT = 1;
    static final int TROUBLE = 2;

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String RESET = "\u001B[0m";
    /** Characters of unchanged text shown on each side of a change. */
    private static final int CONTEXT = 30;
    private static final String ELLIPSIS = "…";

    private final BooleanSupplier colour;

    /** Colours only on a terminal: piped into a file or another tool, escape codes are noise. */
    DiffCommand() {
        this(() -> System.console() != null);
    }

    DiffCommand(BooleanSupplier colour) {
        this.colour = colour;
    }

    @Override
    public List<String> names() {
        return List.of("diff");
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.diff.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.diff.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("-"))) {
            return CliTexts.error(err, CliTexts.get("command.diff.wrongArguments", arguments()), TROUBLE);
        }
        Optional<List<DraftParagraph>> a = read(args.get(0), err);
        Optional<List<DraftParagraph>> b = a.isEmpty() ? Optional.empty() : read(args.get(1), err);
        if (b.isEmpty()) {
            return TROUBLE;
        }
        Comparison comparison = new DraftComparer().compare(a.get(), b.get());
        if (comparison.isEmpty()) {
            out.println(CliTexts.get("command.diff.same"));
            return SAME;
        }
        new Printer(out, colour.getAsBoolean(), name(args.get(0)), name(args.get(1)), b.get()).print(comparison.changes());
        out.println(CliTexts.get("command.diff.summary", String.valueOf(comparison.changes().size())));
        return DIFFERENT;
    }

    private Optional<List<DraftParagraph>> read(String fileName, PrintStream err) {
        try {
            return Optional.of(new VersionReader().read(Path.of(fileName)));
        } catch (InvalidPathException e) {
            CliTexts.error(err, CliTexts.get("file.invalidPath", fileName), TROUBLE);
        } catch (VersionFileException e) {
            CliTexts.error(err, e.getMessage(), TROUBLE);
        }
        return Optional.empty();
    }

    /** Counted from 1, and as a string: MessageFormat would write 1000 as "1,000". */
    private static String number(int paragraphIndex) {
        return String.valueOf(paragraphIndex + 1);
    }

    private static String name(String fileName) {
        Path file = Path.of(fileName).getFileName();
        return file == null ? fileName : file.toString();
    }

    /** One line per changed paragraph (numbers from 1), changes in a paragraph marked inline. */
    private static final class Printer {
        private final PrintStream out;
        private final boolean colour;
        private final String nameA;
        private final String nameB;
        private final List<DraftParagraph> b;

        Printer(PrintStream out, boolean colour, String nameA, String nameB, List<DraftParagraph> b) {
            this.out = out;
            this.colour = colour;
            this.nameA = nameA;
            this.nameB = nameB;
            this.b = b;
        }

        void print(List<Change> changes) {
            List<Change> paragraph = new ArrayList<>();
            for (Change c : changes) {
                if (c.wholeParagraph()) {
                    flush(paragraph);
                    printWhole(c);
                } else {
                    if (!paragraph.isEmpty() && paragraph.get(0).right().paragraph() != c.right().paragraph()) {
                        flush(paragraph);
                    }
                    paragraph.add(c);
                }
            }
            flush(paragraph);
        }

        private void printWhole(Change c) {
            boolean deleted = c.kind() == Change.Kind.DELETE;
            Change.Side side = deleted ? c.left() : c.right();
            String moved = c.moved() ? CliTexts.get("command.diff.moved") : "";
            out.println(CliTexts.get("command.diff.onlyIn", number(side.paragraph()), deleted ? nameA : nameB, moved,
                    deleted ? deleted(side.text()) : inserted(side.text())));
        }

        /** B's paragraph with the text of A and of B marked where each change stands. */
        private void flush(List<Change> changes) {
            if (changes.isEmpty()) {
                return;
            }
            int left = changes.get(0).left().paragraph();
            int right = changes.get(0).right().paragraph();
            String text = b.get(right).text();
            StringBuilder line = new StringBuilder(left == right ? CliTexts.get("command.diff.paragraph", number(right))
                    : CliTexts.get("command.diff.paragraphMoved", number(left), number(right)));
            int pos = 0;
            for (Change c : changes) {
                line.append(unchanged(text.substring(pos, c.right().start()), pos > 0, true));
                if (!c.left().isEmpty()) {
                    line.append(deleted(c.left().text()));
                }
                if (!c.right().isEmpty()) {
                    line.append(inserted(c.right().text()));
                }
                pos = c.right().end();
            }
            out.println(line.append(unchanged(text.substring(pos), true, false)));
            changes.clear();
        }

        /**
         * Unchanged text between changes, shortened to the words next to them: a long paragraph
         * with one figure changed is one readable line, not a screenful.
         */
        private static String unchanged(String text, boolean afterChange, boolean beforeChange) {
            int keep = afterChange && beforeChange ? 2 * CONTEXT : CONTEXT;
            if (text.length() <= keep + 1) {
                return text;
            }
            String head = afterChange ? text.substring(0, CONTEXT) : "";
            String tail = beforeChange ? text.substring(text.length() - CONTEXT) : "";
            return head + ELLIPSIS + tail;
        }

        private String deleted(String text) {
            return paint(RED, "[-" + text + "-]");
        }

        private String inserted(String text) {
            return paint(GREEN, "{+" + text + "+}");
        }

        private String paint(String ansi, String text) {
            return colour ? ansi + text + RESET : text;
        }
    }
}

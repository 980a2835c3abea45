package org.speechdraft.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The headless entry point: {@code java -jar speechdraft.jar <命令> …} runs a command instead of
 * opening the window. The caller supplies UTF-8 streams and exits with {@link #run}'s result.
 */
public final class Cli {

    // The registry: the help lists the commands in this order.
    private static final List<CliCommand> COMMANDS = List.of(
            new HelpCommand(Cli::commands),
            new VersionCommand(),
            new TextCommand(),
            new OutlineCommand(),
            new PlaceholdersCommand(),
            new CheckCommand(),
            new FillCommand(),
            new CleanCommand(),
            new ImportCommand(),
            new ExtractTemplateCommand(),
            new ExportCommand(),
            new DiffCommand(),
            new TemplatesCommand(),
            new NewCommand());

    /**
     * False only when the window should open: no arguments, or a single argument that names an
     * existing file (e.g. {@code 讲话.sdraft}). Anything else is answered here, so a mistyped
     * command or a missing file gets a message on stderr instead of a window.
     */
    public static boolean handles(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return args.length > 1 || find(args[0]).isPresent() || !isExistingFile(args[0]);
    }

    private static boolean isExistingFile(String arg) {
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** A lone argument like 讲话.sdraft or docs/x.txt was meant as a file, not a command. */
    private static boolean looksLikeFile(String arg) {
        return !arg.startsWith("-") && (arg.contains(".") || arg.contains("/") || arg.contains("\\"));
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } finally {
            // The caller calls System.exit next; nothing written may be lost.
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return CliTexts.error(err, CliTexts.get("error.noCommand"), ExitCode.USAGE);
        }
        Optional<CliCommand> command = find(args[0]);
        if (command.isEmpty() && args.length == 1 && looksLikeFile(args[0])) {
            return CliTexts.error(err, CliTexts.get("file.notFound", args[0]), ExitCode.FAILURE);
        }
        if (command.isEmpty()) {
            return CliTexts.error(err, CliTexts.get("error.unknownCommand", args[0]), ExitCode.USAGE);
        }
        return command.get().run(List.of(args).subList(1, args.length), out, err);
    }

    static List<CliCommand> commands() {
        return COMMANDS;
    }

    private static Optional<CliCommand> find(String name) {
        return COMMANDS.stream().filter(command -> command.names().contains(name)).findFirst();
    }
}

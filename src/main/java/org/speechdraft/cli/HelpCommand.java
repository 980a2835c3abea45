package org.speechdraft.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/** {@code --help}: what SpeechDraft is, how to start it, and the registered commands. */
final class HelpCommand implements CliCommand {

    // A supplier, because this command is itself one of the registered commands.
    private final Supplier<List<CliCommand>> commands;

    HelpCommand(Supplier<List<CliCommand>> commands) {
        this.commands = commands;
    }

    @Override
    public List<String> names() {
        return List.of("help", "--help", "-h");
    }

    @Override
    public String description() {
        return CliTexts.get("command.help.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        out.println(CliTexts.get("help.summary"));
        out.println();
        out.println(CliTexts.get("help.usage.heading"));
        new HelpTable()
                .row(CliTexts.get("help.usage.window"), CliTexts.get("help.usage.window.description"))
                .row(CliTexts.get("help.usage.command"), CliTexts.get("help.usage.command.description"))
                .print(out);
        out.println();
        out.println(CliTexts.get("help.commands.heading"));
        HelpTable commandTable = new HelpTable();
        for (CliCommand command : commands.get()) {
            commandTable.row(synopsis(command), command.description());
        }
        commandTable.print(out);
        return ExitCode.SUCCESS;
    }

    private static String synopsis(CliCommand command) {
        String names = String.join(", ", command.names());
        return command.arguments().isEmpty() ? names : names + " " + command.arguments();
    }
}

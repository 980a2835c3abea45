package org.speechdraft.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of the headless CLI. A new command is a new class plus one line in {@link Cli}.
 *
 * <p>Every command is constructed at start-up (for the look-up and the help) while only one runs:
 * a command makes its collaborators — codecs, analysers, exporters, anything that pulls in Jackson
 * or word lists — in {@link #run}, where it needs them, never in fields, so that {@code --version}
 * or an export does not wait for classes it never uses.
 */
interface CliCommand {

    /** The words that run the command, in the order the help shows them. */
    List<String> names();

    /** The arguments as the help shows them, e.g. "<文件>"; empty for none. */
    default String arguments() {
        return "";
    }

    /** One line for the help. */
    String description();

    /** Runs with the arguments that follow the command word; returns the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}

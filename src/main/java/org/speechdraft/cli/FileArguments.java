package org.speechdraft.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The arguments of a command that takes one file and some switches ({@code outline FILE --json}).
 *
 * @param file    the file argument as given
 * @param options the switches given, all of them known to the command
 */
record FileArguments(String file, Set<String> options) {

    boolean has(String option) {
        return options.contains(option);
    }

    /**
     * Parses {@code args}; on a wrong call prints the command's usage error (bundle keys
     * {@code command.NAME.unknownOption} and {@code command.NAME.wrongArguments}) and returns null, after
     * which the command exits with {@link ExitCode#USAGE}.
     */
    static FileArguments parse(List<String> args, Set<String> knownOptions, String commandName, String usage,
                               PrintStream err) {
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                files.add(arg);
            } else if (!knownOptions.contains(arg)) {
                CliTexts.error(err, CliTexts.get("command." + commandName + ".unknownOption", arg, usage), ExitCode.USAGE);
                return null;
            }
        }
        if (files.size() != 1) {
            CliTexts.error(err, CliTexts.get("command." + commandName + ".wrongArguments", usage), ExitCode.USAGE);
            return null;
        }
        return new FileArguments(files.get(0), Set.copyOf(args.stream().filter(a -> a.startsWith("-")).toList()));
    }
}

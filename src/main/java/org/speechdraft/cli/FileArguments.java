package org.speechdraft.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of a command that takes one file, some switches and some options that take a
 * value ({@code outline FILE --json}, {@code fill FILE --values V -o OUT --force}), in any order.
 *
 * @param file    the file argument as given
 * @param options the switches given, all of them known to the command
 * @param values  the options given with their values, in the order given (an option may be repeated)
 */
record FileArguments(String file, Set<String> options, Map<String, List<String>> values) {

    FileArguments {
        options = Set.copyOf(options);
        Map<String, List<String>> copy = new HashMap<>();
        values.forEach((option, given) -> copy.put(option, List.copyOf(given)));
        values = Map.copyOf(copy);
    }

    boolean has(String option) {
        return options.contains(option);
    }

    /** The value given to {@code option} (the last one where it was repeated), if it was given. */
    Optional<String> value(String option) {
        List<String> given = values.getOrDefault(option, List.of());
        return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    /** All values given to a repeatable option ({@code --no a --no b}), in order; empty if none. */
    List<String> values(String option) {
        return values.getOrDefault(option, List.of());
    }

    /** {@link #parse(List, Set, Set, String, String, PrintStream)} for a command whose options take no value. */
    static FileArguments parse(List<String> args, Set<String> switches, String commandName, String usage,
                               PrintStream err) {
        return parse(args, switches, Set.of(), commandName, usage, err);
    }

    /**
     * Parses {@code args}; on a wrong call prints the command's usage error (bundle keys
     * {@code command.NAME.unknownOption}, {@code command.NAME.missingValue} and
     * {@code command.NAME.wrongArguments}) and returns null, after which the command exits with
     * {@link ExitCode#USAGE}.
     *
     * @param switches      options that stand alone ({@code --json})
     * @param valuedOptions options followed by their value ({@code -o OUT})
     */
    static FileArguments parse(List<String> args, Set<String> switches, Set<String> valuedOptions, String commandName,
                               String usage, PrintStream err) {
        List<String> files = new ArrayList<>();
        Set<String> options = new HashSet<>();
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-")) {
                files.add(arg);
            } else if (switches.contains(arg)) {
                options.add(arg);
            } else if (!valuedOptions.contains(arg)) {
                return usageError(err, commandName, "unknownOption", arg, usage);
            } else if (i + 1 == args.size()) {
                return usageError(err, commandName, "missingValue", arg, usage);
            } else {
                values.computeIfAbsent(arg, k -> new ArrayList<>()).add(args.get(++i));
            }
        }
        if (files.size() != 1) {
            return usageError(err, commandName, "wrongArguments", usage);
        }
        return new FileArguments(files.get(0), options, values);
    }

    private static FileArguments usageError(PrintStream err, String commandName, String problem, Object... args) {
        CliTexts.error(err, CliTexts.get("command." + commandName + "." + problem, args), ExitCode.USAGE);
        return null;
    }
}

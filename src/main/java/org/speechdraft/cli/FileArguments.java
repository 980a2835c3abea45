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
 * The arguments of a command that takes one file, some switches ({@code outline FILE --json}) and
 * perhaps options with a value ({@code export FILE -o OUT.docx}).
 *
 * @param file    the file argument as given
 * @param options the switches given, all of them known to the command
 * @param values  the options given with their values (the last one counts when repeated)
 */
record FileArguments(String file, Set<String> options, Map<String, String> values) {

    boolean has(String option) {
        return options.contains(option);
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** {@link #parse(List, Set, Set, String, String, PrintStream)} for a command without value options. */
    static FileArguments parse(List<String> args, Set<String> knownOptions, String commandName, String usage,
                               PrintStream err) {
        return parse(args, knownOptions, Set.of(), commandName, usage, err);
    }

    /**
     * Parses {@code args}; on a wrong call prints the command's usage error (bundle keys
     * {@code command.NAME.unknownOption}, {@code command.NAME.wrongArguments} and, with value
     * options, {@code command.NAME.missingValue}) and returns null, after which the command exits
     * with {@link ExitCode#USAGE}.
     */
    static FileArguments parse(List<String> args, Set<String> switches, Set<String> valueOptions, String commandName,
                               String usage, PrintStream err) {
        List<String> files = new ArrayList<>();
        Set<String> given = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (valueOptions.contains(arg)) {
                if (i + 1 == args.size()) {
                    CliTexts.error(err, CliTexts.get("command." + commandName + ".missingValue", arg, usage), ExitCode.USAGE);
                    return null;
                }
                values.put(arg, args.get(++i));
            } else if (!arg.startsWith("-")) {
                files.add(arg);
            } else if (switches.contains(arg)) {
                given.add(arg);
            } else {
                CliTexts.error(err, CliTexts.get("command." + commandName + ".unknownOption", arg, usage), ExitCode.USAGE);
                return null;
            }
        }
        if (files.size() != 1) {
            CliTexts.error(err, CliTexts.get("command." + commandName + ".wrongArguments", usage), ExitCode.USAGE);
            return null;
        }
        return new FileArguments(files.get(0), Set.copyOf(given), Map.copyOf(values));
    }
}

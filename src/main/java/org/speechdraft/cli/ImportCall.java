package org.speechdraft.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of a command that imports a file into a new file ({@code import},
 * {@code extract-template}): the file, the import options, and the {@code -o} output, which must
 * have the right extension and is not overwritten without {@code --force}.
 *
 * @param exitCode {@link ExitCode#SUCCESS} when the call may go ahead; otherwise what to exit
 *                 with, the reason already on stderr
 */
record ImportCall(FileArguments arguments, ImportArguments options, Path output, int exitCode) {

    static final String OUTPUT = "-o";
    static final String FORCE = "--force";

    static ImportCall parse(List<String> args, Set<String> switches, Set<String> valued, String extension,
                            String command, String usage, PrintStream err) {
        Set<String> allSwitches = new HashSet<>(switches);
        allSwitches.add(FORCE);
        Set<String> allValued = new HashSet<>(valued);
        allValued.addAll(ImportArguments.VALUED);
        allValued.add(OUTPUT);
        FileArguments call = FileArguments.parse(args, allSwitches, allValued, command, usage, err);
        ImportArguments options = call == null ? null : ImportArguments.of(call, err);
        if (options == null) {
            return failed(ExitCode.USAGE);
        }
        Optional<Path> output = OutputFile.required(call.value(OUTPUT), extension, call.file(), command, usage, err);
        if (output.isEmpty()) {
            return failed(ExitCode.USAGE);
        }
        if (!OutputFile.mayWrite(output.get(), call.has(FORCE), err)) {
            return failed(ExitCode.FAILURE);
        }
        return new ImportCall(call, options, output.get(), ExitCode.SUCCESS);
    }

    boolean failed() {
        return exitCode != ExitCode.SUCCESS;
    }

    private static ImportCall failed(int exitCode) {
        return new ImportCall(null, null, null, exitCode);
    }
}

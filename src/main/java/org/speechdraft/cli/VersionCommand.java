package org.speechdraft.cli;

import java.io.PrintStream;
import java.util.List;
import org.speechdraft.core.BuildVersion;

/** {@code --version}: "SpeechDraft 讲稿 0.1.0", or 开发版 for an unversioned build. */
final class VersionCommand implements CliCommand {

    @Override
    public List<String> names() {
        return List.of("--version", "-V");
    }

    @Override
    public String description() {
        return CliTexts.get("command.version.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String version = BuildVersion.current().orElseGet(() -> CliTexts.get("command.version.development"));
        out.println(CliTexts.get("command.version.line", version));
        return ExitCode.SUCCESS;
    }
}

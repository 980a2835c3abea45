package org.speechdraft.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateCodec;
import org.speechdraft.core.template.TemplateException;
import org.speechdraft.core.template.TemplateLibrary;
import org.speechdraft.core.template.TemplateSource;

/**
 * A template named on the command line: a library id ("work-safety-meeting", built-in or the
 * user's from $SPEECHDRAFT_HOME) or a template file ("会议模板.json", anything with a slash).
 */
final class TemplateArgument {

    private TemplateArgument() {
    }

    /** The user's library: built-in templates plus those in the app home; skipped files reported on stderr. */
    static TemplateLibrary library(PrintStream err) {
        TemplateLibrary library = TemplateLibrary.load(AppHome.resolve(), null);
        library.problems().forEach(problem -> err.println(CliTexts.get("error.line",
                CliTexts.get("templates.skipped", problem.message()))));
        return library;
    }

    /** The template, or empty after telling the user on stderr why not. */
    static Optional<Template> resolve(String idOrFile, PrintStream err) {
        if (!looksLikeFile(idOrFile)) {
            Optional<Template> found = library(err).find(idOrFile);
            if (found.isEmpty()) {
                CliTexts.error(err, CliTexts.get("templates.notFound", idOrFile), ExitCode.FAILURE);
            }
            return found;
        }
        try {
            return Optional.of(new TemplateCodec().read(Path.of(idOrFile), TemplateSource.USER));
        } catch (InvalidPathException e) {
            CliTexts.error(err, CliTexts.get("file.invalidPath", idOrFile), ExitCode.FAILURE);
        } catch (TemplateException e) {
            CliTexts.error(err, e.getMessage(), ExitCode.FAILURE);
        }
        return Optional.empty();
    }

    private static boolean looksLikeFile(String arg) {
        return arg.toLowerCase(Locale.ROOT).endsWith(TemplateCodec.EXTENSION) || arg.contains("/") || arg.contains("\\");
    }
}

package org.speechdraft.ui.template;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.template.ImportResult;
import org.speechdraft.core.template.LibraryProblem;
import org.speechdraft.core.template.Template;
import org.speechdraft.ui.UiText;

/** What an import did, in words: what came in, what the user skipped, and each file that could not be used. */
final class ImportReport {

    private ImportReport() {
    }

    static String of(ImportResult result) {
        List<String> lines = new ArrayList<>();
        if (!result.imported().isEmpty()) {
            lines.add(UiText.get("gallery.import.done", names(result.imported())));
        }
        if (!result.skipped().isEmpty()) {
            lines.add(UiText.get("gallery.import.skipped", result.skipped().size(), names(result.skipped())));
        }
        if (!result.problems().isEmpty()) {
            lines.add(UiText.get("gallery.import.problems", result.problems().size()));
            result.problems().stream().map(LibraryProblem::message).forEach(m -> lines.add("  " + m));
        }
        return String.join("\n", lines);
    }

    private static String names(List<Template> templates) {
        return String.join(UiText.get("gallery.problems.join"), templates.stream().map(Template::name).toList());
    }
}

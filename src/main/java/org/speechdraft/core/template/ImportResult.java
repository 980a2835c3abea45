package org.speechdraft.core.template;

import java.util.List;

/**
 * What an import did.
 *
 * @param imported the templates now in the library, as saved (a kept-both one has its new id)
 * @param skipped  the ones left out by the user's choice
 * @param problems the entries that could not be imported, each named
 */
public record ImportResult(List<Template> imported, List<Template> skipped, List<LibraryProblem> problems) {

    public ImportResult {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }
}

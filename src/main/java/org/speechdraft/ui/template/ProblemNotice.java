package org.speechdraft.ui.template;

import java.util.List;
import java.util.stream.Collectors;
import org.speechdraft.core.template.LibraryProblem;
import org.speechdraft.ui.UiText;

/** The gallery's notice about library files it could not use: one line, and the full reasons. */
final class ProblemNotice {

    private ProblemNotice() {
    }

    /** "有 2 个模板文件无法读取：旧.json、新版.json" and any problem not about one file; "" when all is well. */
    static String summary(List<LibraryProblem> problems) {
        List<String> files = problems.stream().map(LibraryProblem::fileName).filter(name -> !name.isEmpty()).toList();
        List<String> parts = new java.util.ArrayList<>();
        if (!files.isEmpty()) {
            parts.add(UiText.get("gallery.problems", files.size(), String.join(UiText.get("gallery.problems.join"), files)));
        }
        problems.stream().filter(p -> p.fileName().isEmpty()).forEach(p -> parts.add(p.message()));
        return String.join(" ", parts);
    }

    /** Every problem's message, one a line: what is wrong with each file. */
    static String details(List<LibraryProblem> problems) {
        return problems.stream().map(LibraryProblem::message).collect(Collectors.joining("\n"));
    }
}

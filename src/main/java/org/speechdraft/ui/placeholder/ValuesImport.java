package org.speechdraft.ui.placeholder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.speechdraft.core.placeholder.FillResult;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.ValueFileException;
import org.speechdraft.core.placeholder.ValueTable;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogService;

/**
 * 从数据表导入: the figures a department sent in a spreadsheet go where their names match, in one
 * undo step; the user is then told what matched nothing and what is still to fill, so no figure
 * is silently dropped.
 */
final class ValuesImport {

    /** A longer list would not fit a dialog; the panel shows everything still to fill anyway. */
    private static final int LISTED = 12;

    private final PlaceholderModel model;
    private final DialogService dialogs;
    private final Supplier<Path> lastDirectory;

    ValuesImport(PlaceholderModel model, DialogService dialogs, Supplier<Path> lastDirectory) {
        this.model = model;
        this.dialogs = dialogs;
        this.lastDirectory = lastDirectory;
    }

    void run() {
        dialogs.chooseValuesFile(lastDirectory.get()).ifPresent(this::importFrom);
    }

    private void importFrom(Path file) {
        ValueTable table;
        try {
            table = ValueTable.read(file);
        } catch (ValueFileException e) {
            dialogs.showError(UiText.get("placeholder.import.failed"), e.getMessage());
            return;
        }
        FillResult result = model.importValues(table);
        String name = String.valueOf(file.getFileName());
        String header = result.filled().isEmpty() ? UiText.get("placeholder.import.nothing", name)
                : UiText.get("placeholder.import.header", name, result.filled().size());
        dialogs.showInformation(header, report(result));
    }

    private static String report(FillResult result) {
        List<String> lines = new ArrayList<>();
        if (!result.unmatched().isEmpty()) {
            lines.add(UiText.get("placeholder.import.unmatched", result.unmatched().size()));
            listed(result.unmatched().stream().map(e -> "  " + e.key() + " = " + e.value()).toList(), lines);
        }
        if (result.remaining().isEmpty()) {
            lines.add(UiText.get("placeholder.import.allFilled"));
        } else {
            lines.add(UiText.get("placeholder.import.remaining", result.remaining().size()));
            listed(result.remaining().stream().map(ValuesImport::describe).toList(), lines);
        }
        return String.join("\n", lines);
    }

    private static void listed(List<String> items, List<String> lines) {
        lines.addAll(items.subList(0, Math.min(LISTED, items.size())));
        if (items.size() > LISTED) {
            lines.add("  " + UiText.get("placeholder.import.more", items.size() - LISTED));
        }
    }

    private static String describe(Placeholder p) {
        return "  " + PlaceholderRow.summaryOf(p) + "  …" + p.context() + "…";
    }
}

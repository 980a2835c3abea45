package org.speechdraft.ui.page;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogService;

/**
 * 打印 (Ctrl+P): the pages of the page view — the export's layout — sent to a printer, all of
 * them, the caret's page or a range, after the user chose in the print dialog.
 */
public final class PrintFlow {

    private final PagesModel pages;
    private final DialogService dialogs;
    private final StringProperty status;
    private final PagePainter painter = new PagePainter(new ScreenFaces());
    private PrintTarget target = new FxPrintTarget();

    public PrintFlow(PagesModel pages, DialogService dialogs, StringProperty status) {
        this.pages = pages;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** Prints somewhere else than the machine's printers (a test's record). */
    public void useTarget(PrintTarget other) {
        this.target = other;
    }

    public void print() {
        List<String> printers = target.printers();
        if (printers.isEmpty()) {
            dialogs.showError(UiText.get("print.noPrinter.header"), UiText.get("print.noPrinter"));
            return;
        }
        PagesModel.Laid laid = pages.laidNow();
        PrintChoice choice = new PrintChoice(printers, target.defaultPrinter().orElse(printers.get(0)),
                laid.pages().pageCount(), pages.caretPageProperty().get(), laid.layout().preset().name());
        Optional<PrintChoice.Request> request = dialogs.choosePrint(choice);
        if (request.isEmpty()) {
            return;
        }
        List<Node> printed = request.get().pages().stream().map(page -> PrintedPage.of(painter, laid, page - 1)).toList();
        try {
            target.print(request.get().printer(), request.get().copies(), laid.layout().frame(), printed);
            status.set(UiText.get("print.done", printed.size(), request.get().printer()));
        } catch (PrintTarget.PrintFailure e) {
            dialogs.showError(UiText.get("print.failed.header"), e.getMessage());
        }
    }
}

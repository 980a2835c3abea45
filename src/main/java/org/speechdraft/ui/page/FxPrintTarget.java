package org.speechdraft.ui.page;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Translate;
import org.speechdraft.core.export.PageFrame;
import org.speechdraft.ui.UiText;

/** The printers of this machine, through JavaFX printing. */
public final class FxPrintTarget implements PrintTarget {

    @Override
    public List<String> printers() {
        return Printer.getAllPrinters().stream().map(Printer::getName).sorted().toList();
    }

    @Override
    public Optional<String> defaultPrinter() {
        return Optional.ofNullable(Printer.getDefaultPrinter()).map(Printer::getName);
    }

    @Override
    public void print(String name, int copies, PageFrame frame, List<Node> pages) throws PrintFailure {
        Printer printer = Printer.getAllPrinters().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new PrintFailure(UiText.get("print.failed.gone", name)));
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            throw new PrintFailure(UiText.get("print.failed.job", name));
        }
        job.getJobSettings().setCopies(copies);
        job.getJobSettings().setJobName(UiText.get("print.jobName"));
        PageLayout layout = printer.createPageLayout(paper(printer, frame), PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        for (Node page : pages) {
            // the printer draws from its printable area's corner; the page is laid out from the paper's
            page.getTransforms().add(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()));
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                throw new PrintFailure(UiText.get("print.failed.page", name));
            }
        }
        if (!job.endJob()) {
            throw new PrintFailure(UiText.get("print.failed.job", name));
        }
    }

    /** The printer's paper nearest the layout's page (A4 for 公文). */
    private static Paper paper(Printer printer, PageFrame frame) {
        return printer.getPrinterAttributes().getSupportedPapers().stream()
                .min(Comparator.comparingDouble(p -> Math.abs(p.getWidth() - frame.widthPt())
                        + Math.abs(p.getHeight() - frame.heightPt())))
                .orElse(Paper.A4);
    }
}

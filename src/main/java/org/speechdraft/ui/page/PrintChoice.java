package org.speechdraft.ui.page;

import java.util.List;

/**
 * What the print dialog offers: the printers, the draft's pages in its layout.
 *
 * @param currentPage the caret's page, 1-based
 */
public record PrintChoice(List<String> printers, String defaultPrinter, int pageCount, int currentPage,
                          String layoutName) {

    /** What the user chose. */
    public record Request(String printer, List<Integer> pages, int copies) {
    }
}

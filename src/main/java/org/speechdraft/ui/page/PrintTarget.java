package org.speechdraft.ui.page;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import org.speechdraft.core.export.PageFrame;

/** Where printed pages go: the machine's printers (JavaFX printing), or a test's record of them. */
public interface PrintTarget {

    List<String> printers();

    Optional<String> defaultPrinter();

    /**
     * Prints each node as one page of {@code frame}'s paper, in points from the paper's corner.
     *
     * @throws PrintFailure with a message for the user when the printer refuses
     */
    void print(String printer, int copies, PageFrame frame, List<Node> pages) throws PrintFailure;

    /** The printer could not print; the message says so in Chinese. */
    final class PrintFailure extends Exception {

        public PrintFailure(String message) {
            super(message);
        }
    }
}

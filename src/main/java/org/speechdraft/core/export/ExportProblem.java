package org.speechdraft.core.export;

import java.io.IOException;
import java.nio.file.Path;
import org.speechdraft.core.storage.IoProblem;

/** The Chinese message for an export that could not be written. */
public final class ExportProblem {

    private ExportProblem() {
    }

    /** e.g. 未能导出“讲话.docx”：磁盘空间不足。原有文件未改动。 */
    public static String describe(Path out, IOException e) {
        Path name = out.getFileName();
        return ExportTexts.get("export.writeFailed", name == null ? out.toString() : name.toString(),
                IoProblem.describe(e));
    }
}

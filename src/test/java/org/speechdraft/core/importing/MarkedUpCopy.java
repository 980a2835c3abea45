package org.speechdraft.core.importing;

import static org.speechdraft.core.importing.DocxFixtures.del;
import static org.speechdraft.core.importing.DocxFixtures.document;
import static org.speechdraft.core.importing.DocxFixtures.ins;
import static org.speechdraft.core.importing.DocxFixtures.part;
import static org.speechdraft.core.importing.DocxFixtures.r;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The leader's marked-up copy, as Word writes one, for tests of every layer: 张局长 changed a figure
 * (12 → 15) and deleted a sentence, 李主任 added a paragraph, and 张局长 commented "数字再核实" on "8所".
 */
public final class MarkedUpCopy {

    /** Word's revision elements in it: two deletions, two insertions and an inserted paragraph mark. */
    public static final int REVISIONS = 5;

    private MarkedUpCopy() {
    }

    public static Path write(Path folder) throws IOException {
        String insertedMark = "<w:pPr><w:rPr><w:ins w:id=\"90\" w:author=\"李主任\" w:date=\"2026-12-01T10:20:00Z\"/>"
                + "</w:rPr></w:pPr>";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", document(
                "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"44\"/></w:rPr>"
                        + "<w:t>在全县教育工作会议上的讲话</w:t></w:r></w:p>",
                DocxFixtures.p(null, "同志们："),
                "<w:p>" + r("全年累计投入教育资金") + del("张局长", "12") + ins("张局长", "15") + r("亿元，新建学校")
                        + "<w:commentRangeStart w:id=\"0\"/>" + r("8所") + "<w:commentRangeEnd w:id=\"0\"/>"
                        + "<w:r><w:commentReference w:id=\"0\"/></w:r>" + r("。") + del("张局长", "成绩来之不易。") + "</w:p>",
                "<w:p>" + insertedMark + ins("李主任", "同时也要看到城乡差距。") + "</w:p>",
                DocxFixtures.p(null, "谢谢大家！")));
        parts.put("word/comments.xml", part("comments",
                "<w:comment w:id=\"0\" w:author=\"张局长\" w:date=\"2026-12-05T16:25:00Z\" w:initials=\"张\"><w:p>"
                        + "<w:r><w:annotationRef/></w:r>" + r("数字再核实") + "</w:p></w:comment>"));
        return DocxFixtures.writeParts(folder.resolve("局长修改稿.docx"), parts);
    }
}

package org.speechdraft.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Past speeches as users find them, written by the import tests: noisy web text, Word files, hostile files. */
final class ImportFixtures {

    static final String TITLE = "在全市秋冬季安全生产工作会议上的讲话";

    /** A speech copied from a 范文 site: breadcrumbs, article info, pinyin, a PDF page number, a paywall note, a footer. */
    static final List<String> NOISY_SPEECH = List.of(
            "您的当前位置：首页 > 范文大全 > 讲话稿 >",
            TITLE,
            "时间：2026-10-12 09:30:00 来源：网友投稿",
            "\u3000\u3000同志们：",
            "\u3000\u3000今天召开全市秋冬季安全生产工作会议，主要任务是分析形势、部署工作。下面，我讲两点意见。",
            "\u3000\u3000一、清醒认识当前安全生产形势",
            "\u3000\u3000今年以来，全市共排查整改隐患XX处，安全生產(chǎn)形势总体稳定。",
            "- 2 -",
            "\u3000\u3000二、扎实做好秋冬季重点工作",
            "\u3000\u3000各地各部门要压实责任，加强巡查，确保不发生较大事故。",
            "隐藏内容",
            "省略1024字，正式会员可完整阅读",
            "\u3000\u3000谢谢大家！",
            "推荐访问：安全生产 讲话稿",
            "Copyright © 2026 某某范文网 版权所有");

    private ImportFixtures() {
    }

    static String noisyText() {
        return String.join("\r\n", NOISY_SPEECH) + "\r\n";
    }

    /** The noisy speech saved as an old Windows tool would: GBK. */
    static Path gbkFile(Path folder) throws IOException {
        Path file = folder.resolve("安全生产讲话.txt");
        Files.write(file, noisyText().getBytes("GBK"));
        return file;
    }

    /** A Word document with Word's own 标题 and heading 1/2 styles, and a bold run. */
    static Path headingsDocx(Path folder) throws IOException {
        Path file = folder.resolve("去年的讲话.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(style("Title", "Title", null));
            styles.addStyle(style("Heading1", "heading 1", 0));
            styles.addStyle(style("Heading2", "heading 2", 1));
            paragraph(doc, "Title", "在全区防汛工作会议上的讲话");
            paragraph(doc, null, "同志们：");
            paragraph(doc, "Heading1", "防汛形势依然严峻");
            paragraph(doc, "Heading2", "汛期降雨明显偏多");
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText("各单位要");
            XWPFRun bold = body.createRun();
            bold.setText("立足防大汛");
            bold.setBold(true);
            body.createRun().setText("，做好各项准备。");
            paragraph(doc, "Heading1", "压实防汛责任");
            paragraph(doc, null, "谢谢大家！");
            doc.write(out);
        }
        return file;
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    private static XWPFStyle style(String id, String name, Integer outline) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        CTString styleName = CTString.Factory.newInstance();
        styleName.setVal(name);
        ct.setName(styleName);
        if (outline != null) {
            CTPPrGeneral pPr = ct.addNewPPr();
            CTDecimalNumber level = pPr.addNewOutlineLvl();
            level.setVal(BigInteger.valueOf(outline));
        }
        return new XWPFStyle(ct);
    }

    /** Random bytes under a Word name, as a broken download leaves them. */
    static Path randomBytesDocx(Path folder) throws IOException {
        Path file = folder.resolve("下载失败.docx");
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        return file;
    }

    /** A .docx whose document.xml unpacks to 200 MB of blanks: a zip bomb of a few hundred KB. */
    static Path zipBombDocx(Path folder) throws IOException {
        Path file = folder.resolve("炸弹.docx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(blanks);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A 50 MB "text" file (sparse: nothing is written), as when a log or a video was picked by mistake. */
    static Path hugeTextFile(Path folder) throws IOException {
        Path file = folder.resolve("巨大的文件.txt");
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        return file;
    }
}

package org.speechdraft.core.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Value tables as departments send them: JSON, CSV/TXT from Excel or WPS in any encoding, and XLSX. */
class ValueTableTest {

    @TempDir
    Path dir;

    private static ValueTable.Entry entry(String key, String value) {
        return new ValueTable.Entry(key, value);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path utf8(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String problem(Path file) {
        ValueFileException e = assertThrows(ValueFileException.class, () -> ValueTable.read(file));
        assertEquals(file, e.file());
        return e.getMessage();
    }

    // ---- JSON ----

    @Test
    void aJsonObjectGivesItsMembersInFileOrderWithNumbersAsWritten() throws Exception {
        Path file = utf8("数据.json", """
                {"会议名称": "全县水利工作会议", "投入资金（亿元）": 12.50, "新建学校": 1200, "增长率": "8.5%",
                 "待定": null, "空": "  "}
                """);

        assertEquals(List.of(entry("会议名称", "全县水利工作会议"), entry("投入资金（亿元）", "12.5"),
                entry("新建学校", "1200"), entry("增长率", "8.5%")), ValueTable.read(file).entries());
    }

    @Test
    void aJsonArrayMayNameItsMembersInEnglishOrChinese() throws Exception {
        Path file = utf8("数据.json", """
                [{"field": "会议名称", "value": "全县水利工作会议"},
                 {"label": "投入资金", "value": 12.5},
                 {"字段": "新建学校", "数值": "30"},
                 {"名称": "参会人数", "值": 300}]
                """);

        assertEquals(List.of(entry("会议名称", "全县水利工作会议"), entry("投入资金", "12.5"), entry("新建学校", "30"),
                entry("参会人数", "300")), ValueTable.read(file).entries());
    }

    @Test
    void brokenOrStrangeJsonIsExplainedWithTheFileName() throws IOException {
        assertEquals("数据文件“坏.json”不是有效的 JSON：第 2 行第 13 列附近的内容无法识别。",
                problem(utf8("坏.json", "{\"投入资金\": 12.5,\n \"新建学校\": 30 \"\"}")));
        assertTrue(problem(utf8("数组.json", "[{\"field\": \"投入资金\"}]")).contains("第 1 项无法识别"));
        assertTrue(problem(utf8("嵌套.json", "{\"投入资金\": {\"亿元\": 12.5}}")).contains("“投入资金”的值不是文字或数字"));
        assertTrue(problem(utf8("数字.json", "42")).contains("JSON 应当是"));
        assertTrue(problem(utf8("空.json", "{}")).startsWith("数据文件“空.json”里没有可用的数据"));
    }

    // ---- CSV and TXT ----

    @Test
    void csvFromExcelAsUtf8WithByteOrderMarkSkipsTheHeadingRow() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "字段,数值\r\n投入资金（亿元）,12.5\r\n会议名称,全县水利工作会议\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        assertEquals(List.of(entry("投入资金（亿元）", "12.5"), entry("会议名称", "全县水利工作会议")),
                ValueTable.read(write("数据.csv", bytes)).entries());
    }

    @Test
    void csvSavedInGbkIsDecoded() throws Exception {
        Path file = write("数据.csv", "项目,数据\n新建学校,30\n竣工日期,3月1日\n".getBytes(Charset.forName("GBK")));

        assertEquals(List.of(entry("新建学校", "30"), entry("竣工日期", "3月1日")), ValueTable.read(file).entries());
    }

    @Test
    void quotedCellsKeepTheirCommasQuotesAndLineBreaks() throws Exception {
        Path file = utf8("数据.csv", """
                name,value
                投入资金,"1,200"
                "会议名称","全县""十五五""规划会议"
                备注,"第一行
                第二行"
                """);

        assertEquals(List.of(entry("投入资金", "1,200"), entry("会议名称", "全县\"十五五\"规划会议"),
                entry("备注", "第一行\n第二行")), ValueTable.read(file).entries());
    }

    @Test
    void tabsSemicolonsAndFullWidthCommasAreTold() throws Exception {
        assertEquals(List.of(entry("投入资金", "1,200"), entry("新建学校", "30")),
                ValueTable.read(utf8("制表符.txt", "投入资金\t1,200\n新建学校\t30\n")).entries());
        assertEquals(List.of(entry("投入资金", "12.5"), entry("新建学校", "30")),
                ValueTable.read(utf8("分号.csv", "投入资金;12.5\n新建学校;30\n")).entries());
        assertEquals(List.of(entry("投入资金", "12.5"), entry("新建学校", "30")),
                ValueTable.read(utf8("全角.txt", "投入资金，12.5\n新建学校，30\n")).entries());
    }

    @Test
    void blankLinesRowsWithoutKeyOrValueAndExtraColumnsAreLeftOut() throws Exception {
        Path file = utf8("数据.csv", "\n投入资金, 12.5 ,财政局\n,99\n\n新建学校,\n  会议名称 ,全县水利工作会议,办公室,备注\n");

        assertEquals(List.of(entry("投入资金", "12.5"), entry("会议名称", "全县水利工作会议")),
                ValueTable.read(file).entries());
    }

    @Test
    void anEmptyFileOrOneWithoutValuesIsRefused() throws IOException {
        assertEquals("数据文件“空.csv”里没有可用的数据。应有两列：第一列是字段名或项目名称（如“投入资金”），第二列是数值。",
                problem(write("空.csv", new byte[0])));
        assertTrue(problem(utf8("只有表头.csv", "字段,数值\n")).contains("没有可用的数据"));
        assertTrue(problem(utf8("一列.txt", "投入资金\n新建学校\n")).contains("没有可用的数据"));
    }

    // ---- XLSX ----

    @Test
    void xlsxGivesTheFirstTwoColumnsOfTheFirstSheetAsExcelShowsThem() throws Exception {
        Path file = dir.resolve("数据.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("数据");
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("不读这一页");
            row(sheet, 0, "项目", "数值").createCell(2).setCellValue("来源");
            row(sheet, 1, "投入资金（亿元）").createCell(1).setCellValue(0.1 + 0.2 + 12.2);
            row(sheet, 2, "新建学校").createCell(1).setCellValue(1200.0);
            row(sheet, 3, "合计").createCell(1).setCellFormula("B2*2");
            dated(workbook, row(sheet, 4, "开工日期"), (short) 14);
            dated(workbook, row(sheet, 5, "竣工日期"), (short) 31);
            dated(workbook, row(sheet, 6, "验收日期"), workbook.createDataFormat().getFormat("m\"月\"d\"日\""));
            formatted(workbook, row(sheet, 7, "增长率"), 0.125, "0.0%");
            formatted(workbook, row(sheet, 8, "总投资"), 1234567, "#,##0");
            row(sheet, 9, "").createCell(1).setCellValue(99);
            row(sheet, 10, "备注");
            row(sheet, 12, "会议名称", "全县水利工作会议");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel saves results too
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertEquals(List.of(entry("投入资金（亿元）", "12.5"), entry("新建学校", "1200"), entry("合计", "25"),
                entry("开工日期", "2025年3月1日"), entry("竣工日期", "2025年3月1日"), entry("验收日期", "3月1日"),
                entry("增长率", "12.5%"), entry("总投资", "1,234,567"), entry("会议名称", "全县水利工作会议")),
                ValueTable.read(file).entries());
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return row;
    }

    private static void dated(Workbook workbook, Row row, short format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        row.createCell(1).setCellValue(LocalDate.of(2025, 3, 1));
        row.getCell(1).setCellStyle(style);
    }

    private static void formatted(Workbook workbook, Row row, double value, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        row.createCell(1).setCellValue(value);
        row.getCell(1).setCellStyle(style);
    }

    @Test
    void oldExcelFilesAreRefusedWithWhatToDo() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("投入资金");
            workbook.write(out);
            xls = out.toByteArray();
        }
        String expected = "“数据.xls”是旧版 Excel（.xls）或 WPS 表格格式，无法直接导入。请用 Excel 或 WPS 打开它，另存为 .xlsx 或 CSV 后再导入。";
        assertEquals(expected, problem(write("数据.xls", xls)));
        assertTrue(problem(write("改名.xlsx", xls)).contains("另存为 .xlsx 或 CSV"), "an .xls renamed to .xlsx");
    }

    @Test
    void brokenEncryptedOrHollowWorkbooksAreRefused() throws IOException {
        assertEquals("数据文件“坏.xlsx”已损坏，或者不是 Excel 工作簿（.xlsx），无法读取。",
                problem(utf8("坏.xlsx", "投入资金,12.5")));
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(problem(write("压缩包.xlsx", zip.toByteArray())).contains("已损坏，或者不是 Excel 工作簿"));
        byte[] truncated = java.util.Arrays.copyOf(zip.toByteArray(), 40);
        assertTrue(problem(write("半截.xlsx", truncated)).contains("已损坏"));

        // An encrypted workbook is an OLE2 container holding an EncryptionInfo stream.
        Path encrypted = dir.resolve("加密.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(encrypted)) {
            container.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            container.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            container.writeFilesystem(out);
        }
        assertTrue(problem(encrypted).contains("设置了打开密码"), problem(encrypted));
    }

    // ---- any file ----

    @Test
    void missingUnsupportedFolderAndHugeFilesAreRefused() throws IOException {
        assertEquals("找不到数据文件“没有.csv”。", problem(dir.resolve("没有.csv")));
        assertEquals("无法导入“数据.docx”：数据文件只能是 .xlsx、.csv、.txt 或 .json 格式。",
                problem(utf8("数据.docx", "投入资金,12.5")));
        assertTrue(problem(Files.createDirectory(dir.resolve("文件夹.csv"))).contains("是文件夹"));
        Path huge = dir.resolve("巨大.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ValueFiles.MAX_BYTES + 1);
        }
        assertEquals("数据文件“巨大.csv”有 20.0 MB，超过了 20.0 MB 的上限，不像是一份数据表，没有导入。", problem(huge));
    }
}

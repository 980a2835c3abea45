package org.speechdraft.core.placeholder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first two columns of the first sheet of an .xlsx workbook, each cell as Excel shows it
 * (12.5, 1,200, 12.5%, formulas by their saved result) and dates as Chinese write them (2025年3月1日).
 * The sheet is streamed, not loaded, and POI's zip-bomb limits apply, so a hostile file costs
 * little; an encrypted, old-format or damaged file is refused with a clear message.
 */
final class SpreadsheetValues {

    /** The stream an encrypted OOXML file (an OLE2 container) holds; an old .xls has none. */
    private static final String ENCRYPTION_INFO = "EncryptionInfo";
    private static final String ZIP_BOMB = "zip bomb";

    private SpreadsheetValues() {
    }

    static List<List<String>> rows(Path file) throws ValueFileException {
        FileMagic magic = magic(file);
        if (magic == FileMagic.OLE2) {
            throw ValueFileException.of(file, isEncrypted(file) ? "values.xlsx.encrypted" : "values.oldExcel", null);
        }
        if (magic != FileMagic.OOXML) {
            throw ValueFileException.of(file, "values.xlsx.broken", null);
        }
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return firstSheet(workbook);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // Whatever POI throws on a damaged or hostile file, the user can only be told that it is one.
            throw ValueFileException.of(file, isZipBomb(e) ? "values.xlsx.suspicious" : "values.xlsx.broken", e);
        } finally {
            if (workbook != null) {
                workbook.revert(); // closes without writing anything back
            }
        }
    }

    private static FileMagic magic(Path file) throws ValueFileException {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw ValueFiles.unreadable(file, e);
        }
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            return container.getRoot().hasEntry(ENCRYPTION_INFO);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(ZIP_BOMB)) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> firstSheet(OPCPackage workbook)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return List.of();
        }
        FirstTwoColumns columns = new FirstTwoColumns();
        try (InputStream sheet = sheets.next()) {
            XMLReader xml = XMLHelper.newXMLReader(); // external entities off
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(workbook), columns, new ShownValues(), false));
            xml.parse(new InputSource(sheet));
        }
        return columns.rows;
    }

    /** Collects the first two cells of each row, by their column (empty cells are simply not reported). */
    private static final class FirstTwoColumns implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<List<String>> rows = new ArrayList<>();
        private String[] row = new String[2];
        private int column;

        @Override
        public void startRow(int rowNum) {
            row = new String[2];
            column = -1;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(Arrays.asList(row));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
            if (column >= 0 && column < row.length) {
                row[column] = formattedValue;
            }
        }
    }

    /**
     * Numbers as the cell's format shows them, in Chinese conventions. Excel's built-in date format
     * 14 shows a date in the reader's locale; the Chinese built-ins 27–58 are not written into the
     * file at all (POI knows them only as "reserved"), so both get the formats a Chinese Excel shows.
     */
    private static final class ShownValues extends DataFormatter {

        // Chinese words unquoted: POI's date formatting would print Excel's quotes.
        private static final String FULL_DATE = "yyyy年m月d日";
        private static final String YEAR_MONTH = "yyyy年m月";
        private static final String MONTH_DAY = "m月d日";
        private static final String TIME = "h时mm分";
        private static final String TIME_SECONDS = "h时mm分ss秒";
        /** Quoted words without Latin letters, as in yyyy"年"m"月": the same without the quotes. */
        private static final Pattern QUOTED_WORDS = Pattern.compile("\"([^\"A-Za-z]*)\"");
        private static final int LOCALE_DATE = 14;
        private static final Map<Integer, String> CHINESE_BUILT_INS = Map.ofEntries(
                Map.entry(27, YEAR_MONTH), Map.entry(28, MONTH_DAY), Map.entry(29, MONTH_DAY),
                Map.entry(30, "m-d-yy"), Map.entry(31, FULL_DATE), Map.entry(32, TIME), Map.entry(33, TIME_SECONDS),
                Map.entry(34, TIME), Map.entry(35, TIME_SECONDS), Map.entry(36, YEAR_MONTH),
                Map.entry(50, YEAR_MONTH), Map.entry(51, MONTH_DAY), Map.entry(52, YEAR_MONTH),
                Map.entry(53, MONTH_DAY), Map.entry(54, MONTH_DAY), Map.entry(55, TIME), Map.entry(56, TIME_SECONDS),
                Map.entry(57, YEAR_MONTH), Map.entry(58, MONTH_DAY));
        private static final String RESERVED = "reserved";

        ShownValues() {
            super(Locale.SIMPLIFIED_CHINESE);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            return super.formatRawCellContents(value, formatIndex, chineseFormat(formatIndex, formatString),
                    use1904Windowing);
        }

        private static String chineseFormat(int formatIndex, String formatString) {
            if (formatIndex == LOCALE_DATE) {
                return FULL_DATE;
            }
            boolean unknown = formatString == null || formatString.startsWith(RESERVED);
            if (unknown) {
                return CHINESE_BUILT_INS.getOrDefault(formatIndex, formatString);
            }
            return DateUtil.isADateFormat(formatIndex, formatString)
                    ? QUOTED_WORDS.matcher(formatString).replaceAll("$1") : formatString;
        }
    }
}

package org.speechdraft.core.placeholder;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The figures a department sent for a draft, in the order of its file: each a key (a field's name
 * such as 会议名称, or a label such as 投入资金 or 投入资金（亿元）) and the value to put in.
 */
public record ValueTable(List<Entry> entries) {

    /** One value: {@code key} says where it goes, {@code value} is what is written there. */
    public record Entry(String key, String value) {

        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    public ValueTable {
        entries = List.copyOf(entries);
    }

    /**
     * Reads a value table, its format chosen by the file's extension: .json (an object of key →
     * value, or an array of objects with a field and a value), .csv or .txt (two columns, any common
     * encoding and separator) or .xlsx (the first two columns of the first sheet, as Excel shows them).
     *
     * @throws ValueFileException with a Chinese message naming the file and what is wrong with it
     */
    public static ValueTable read(Path file) throws ValueFileException {
        return ValueFiles.read(file);
    }
}

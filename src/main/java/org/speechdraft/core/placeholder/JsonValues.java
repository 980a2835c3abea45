package org.speechdraft.core.placeholder;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Values from JSON, in the two shapes scripts and web forms produce: an object
 * {"投入资金": "12.5", "新建学校": 3}, or an array of objects [{"field": "投入资金", "value": "12.5"}]
 * whose members may also be called label/name/字段/名称 and 数值/值. Numbers are written as people
 * write them (12.5, 1200), in the order of the file.
 */
final class JsonValues {

    // Exact decimals: 12.50 in the file must not come out as 12.499999….
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonValues() {
    }

    static List<ValueTable.Entry> entries(String text, Path file) throws ValueFileException {
        if (text.isBlank()) {
            return List.of();
        }
        JsonNode root = parse(text, file);
        List<ValueTable.Entry> entries = new ArrayList<>();
        if (root.isObject()) {
            for (Map.Entry<String, JsonNode> member : root.properties()) {
                add(entries, member.getKey(), member.getValue(), file);
            }
        } else if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                addItem(entries, root.get(i), i + 1, file);
            }
        } else {
            throw ValueFileException.of(file, "values.json.shape", null);
        }
        return entries;
    }

    private static JsonNode parse(String text, Path file) throws ValueFileException {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 1 : Math.max(where.getLineNr(), 1);
            int column = where == null ? 1 : Math.max(where.getColumnNr(), 1);
            // Numbers as strings: MessageFormat would group the digits of large ones ("1,024").
            throw ValueFileException.of(file, "values.json.syntax", e, String.valueOf(line), String.valueOf(column));
        }
    }

    /** One object of the array form: its key member and its value member, whatever they are called. */
    private static void addItem(List<ValueTable.Entry> entries, JsonNode item, int position, Path file)
            throws ValueFileException {
        if (!item.isObject()) {
            throw ValueFileException.of(file, "values.json.item", null, String.valueOf(position));
        }
        JsonNode key = null;
        JsonNode value = null;
        for (Map.Entry<String, JsonNode> member : item.properties()) {
            if (key == null && ValueRows.isKeyName(member.getKey())) {
                key = member.getValue();
            } else if (value == null && ValueRows.isValueName(member.getKey())) {
                value = member.getValue();
            }
        }
        if (key == null || !key.isValueNode() || value == null) {
            throw ValueFileException.of(file, "values.json.item", null, String.valueOf(position));
        }
        add(entries, key.asText(), value, file);
    }

    private static void add(List<ValueTable.Entry> entries, String key, JsonNode value, Path file)
            throws ValueFileException {
        if (value.isContainerNode()) {
            throw ValueFileException.of(file, "values.json.notScalar", null, key);
        }
        String text = value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString()
                : value.isNull() ? "" : value.asText();
        if (!key.isBlank() && !text.isBlank()) {
            entries.add(new ValueTable.Entry(key.strip(), text.strip()));
        }
    }
}

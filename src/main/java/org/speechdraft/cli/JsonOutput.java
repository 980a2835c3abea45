package org.speechdraft.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON that {@code --json} prints: trees of strings and numbers. Jackson is loaded only when a
 * command prints JSON (its classes take a good part of a second to load, which every other
 * command, {@code --version} included, would otherwise pay at start-up).
 */
final class JsonOutput {

    // The holder idiom: the mapper is made when first used, not when the CLI starts.
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    private JsonOutput() {
    }

    static ObjectNode object() {
        return Mapper.INSTANCE.createObjectNode();
    }

    static ArrayNode array() {
        return Mapper.INSTANCE.createArrayNode();
    }

    // One method per root type rather than one for JsonNode: a call passing an ObjectNode as a
    // JsonNode makes the JVM load Jackson's node classes to verify the calling command, at start-up.
    static String write(ObjectNode tree) {
        return serialise(tree);
    }

    static String write(ArrayNode tree) {
        return serialise(tree);
    }

    private static String serialise(JsonNode tree) {
        try {
            return Mapper.INSTANCE.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}

package dev.colophon.frontmatter;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Turns the tokens of a Jackson parser into the plain values the YAML reader gives: {@code null},
 * {@link String}, {@link Boolean}, {@link Long}, {@link BigDecimal} (floats keep their digits; integers too
 * big for a long), lists and string-keyed maps. JSON is read as it streams, TOML from the tree Jackson's
 * TOML module builds; TOML's dates come as their text, as YAML's do, and the pipeline parses them.
 */
final class TokenValues {

    private TokenValues() {
    }

    /**
     * Reads the object the parser stands at, leaving it on the object's end token.
     *
     * @param topLevelKey told of each key of this object as it is read, with where it starts
     * @throws JsonProcessingException on malformed input, or nesting deeper than {@link SafeYaml#MAX_NESTING}
     */
    static Map<String, Object> object(JsonParser parser, BiConsumer<String, JsonLocation> topLevelKey)
            throws IOException {
        return object(parser, 1, topLevelKey);
    }

    private static Map<String, Object> object(JsonParser parser, int depth, BiConsumer<String, JsonLocation> keys)
            throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            keys.accept(key, parser.currentTokenLocation());
            parser.nextToken();
            map.put(key, value(parser, depth));
        }
        return map;
    }

    private static Object value(JsonParser parser, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            // Jackson's TOML lexer counts arrays and inline tables but not tables of dotted keys, a.b.c.
            if (depth >= SafeYaml.MAX_NESTING) {
                throw new TooDeep(parser);
            }
            return token == JsonToken.START_OBJECT ? object(parser, depth + 1, (key, at) -> { })
                    : array(parser, depth + 1);
        }
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT, LONG -> parser.getLongValue();
                default -> new BigDecimal(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> parser.isNaN() ? notANumber(parser.getDoubleValue()) : parser.getDecimalValue();
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }

    private static List<Object> array(JsonParser parser, int depth) throws IOException {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(parser, depth));
        }
        return list;
    }

    /** Values nested deeper than {@link SafeYaml#MAX_NESTING}, where the parser stands. */
    static final class TooDeep extends JsonParseException {

        private static final long serialVersionUID = 1L;

        static final String MESSAGE = "the front matter nests lists or mappings more than " + SafeYaml.MAX_NESTING
                + " levels deep";
        static final String HINT = "flatten it";

        TooDeep(JsonParser parser) {
            super(parser, MESSAGE);
        }
    }

    /** TOML's infinities and not-a-number, as TOML writes them: no BigDecimal holds them, and YAML's stay text. */
    private static String notANumber(double value) {
        return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
    }

    /** Jackson's message in one line, without the source description it appends and without a final period. */
    static String message(JsonProcessingException e) {
        String text = String.valueOf(e.getOriginalMessage());
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline);
        text = text.replaceAll("\\s*\\(?(?:start marker )?at \\[Source:[^\\]]*\\]\\)?", "").strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}

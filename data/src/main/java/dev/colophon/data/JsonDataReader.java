package dev.colophon.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import java.util.Set;

/** {@code _data/*.json}: objects become maps, arrays lists; numbers keep their digits (as BigDecimal). */
@AutoService(DataReader.class)
public final class JsonDataReader implements DataReader {


    @Override
    public String id() {
        return "json-data";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("json");
    }

    @Override
    public Object read(SourceText source) {
        if (source.text().isBlank()) {
            return null;
        }
        try {
            return Values.plain(Lazy.MAPPER.readValue(source.text(), Object.class));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourcePosition position = at == null ? SourcePosition.of(source.path())
                    : new SourcePosition(source.path(), Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
            throw new SourceException(position, "invalid JSON: " + e.getOriginalMessage(), "check the JSON syntax");
        }
    }

    /**
     * Made on first use, not when the plugin is discovered: a Jackson mapper takes tens of milliseconds to
     * build in a cold JVM, and many builds never need this one.
     */
    private static final class Lazy {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }
}

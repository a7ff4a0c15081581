package dev.colophon.data;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code _data/*.csv} and {@code *.tsv}, read as Jekyll does: the first row names the columns, every other
 * row becomes a mapping of column to text.
 */
@AutoService(DataReader.class)
public final class CsvDataReader implements DataReader {


    @Override
    public String id() {
        return "csv-data";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("csv", "tsv");
    }

    @Override
    public Object read(SourceText source) {
        char separator = source.path().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        List<Object> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = Lazy.MAPPER.readerForMapOf(String.class).with(schema)
                .readValues(source.text())) {
            while (it.hasNextValue()) {
                rows.add(new LinkedHashMap<String, Object>(it.nextValue()));
            }
        } catch (IOException | RuntimeException e) {
            var location = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getLocation() : null;
            SourcePosition position = location == null ? SourcePosition.of(source.path())
                    : new SourcePosition(source.path(), Math.max(0, location.getLineNr()), 0);
            throw new SourceException(position, "invalid " + (separator == ',' ? "CSV" : "TSV") + ": " + e.getMessage()
                    .lines().findFirst().orElse(""), "check the quoting and the number of columns in each row");
        }
        return rows;
    }

    /**
     * Made on first use, not when the plugin is discovered: a Jackson mapper takes tens of milliseconds to
     * build in a cold JVM, and many builds never need this one.
     */
    private static final class Lazy {
        static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    }
}

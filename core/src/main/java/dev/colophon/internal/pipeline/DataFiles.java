package dev.colophon.internal.pipeline;

import dev.colophon.SiteSource;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.plugin.Plugins;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code _data/}: each file read by the data reader for its extension, under its name without extension,
 * folders as nested mappings ({@code _data/team/people.yml} is {@code site.data.team.people}).
 */
final class DataFiles {

    private final Plugins plugins;
    private final SiteSource source;
    private final Problems problems;

    DataFiles(Plugins plugins, SiteSource source, Problems problems) {
        this.plugins = plugins;
        this.source = source;
        this.problems = problems;
    }

    Map<String, Object> read(List<String> paths) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (paths == null) {
            return data;
        }
        for (String path : paths) {
            String relative = path.substring("_data/".length());
            int dot = relative.lastIndexOf('.');
            if (dot <= relative.lastIndexOf('/')) {
                continue;
            }
            String extension = relative.substring(dot + 1).toLowerCase(Locale.ROOT);
            Optional<DataReader> reader = plugins.dataReader(extension);
            if (reader.isEmpty()) {
                problems.warning(SourcePosition.of(path), "skipped: no reader for ." + extension + " data files",
                        "use YAML, JSON, CSV or TSV");
                continue;
            }
            try {
                Object value = reader.get().read(new SourceText(path, Texts.decode(path, source.read(path))),
                        problems::add);
                put(data, relative.substring(0, dot).split("/"), value, path);
            } catch (SourceException e) {
                problems.add(e);
            } catch (dev.colophon.diagnostic.ColophonException e) {
                throw e; // the source's own errors (a link out of the site): they stop the build, as before
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                problems.failed(path, "reading", e);
            }
        }
        return data;
    }

    @SuppressWarnings("unchecked")
    private void put(Map<String, Object> data, String[] keys, Object value, String path) {
        Map<String, Object> level = data;
        for (int i = 0; i < keys.length - 1; i++) {
            Object next = level.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
            if (!(next instanceof Map)) {
                problems.error(SourcePosition.of(path), "data folder '" + keys[i] + "' has the name of a data file",
                        "rename the folder or the file");
                return;
            }
            level = (Map<String, Object>) next;
        }
        if (level.containsKey(keys[keys.length - 1])) {
            problems.error(SourcePosition.of(path), "two data files are named '" + keys[keys.length - 1] + "'",
                    "keep one of them (e.g. people.yml or people.json, not both)");
            return;
        }
        level.put(keys[keys.length - 1], value);
    }
}

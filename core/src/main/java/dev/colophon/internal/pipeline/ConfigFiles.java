package dev.colophon.internal.pipeline;

import dev.colophon.BuildOptions;
import dev.colophon.SiteSource;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.plugin.Plugins;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration stage, first of a build: {@code _config.yml} (or the files {@code --config} names) read
 * into a {@link SiteConfig}, before anything else, as it decides how every other file is read.
 */
final class ConfigFiles {

    private final BuildOptions options;
    private final Plugins plugins;
    private final SiteSource source;
    private final Problems problems;

    ConfigFiles(BuildOptions options, Plugins plugins, SiteSource source, Problems problems) {
        this.options = options;
        this.plugins = plugins;
        this.source = source;
        this.problems = problems;
    }

    /** The configuration files merged in order, a later file's keys over an earlier's, then --baseurl over all. */
    /**
     * The configuration: the files of {@code --config} merged as Jekyll merges them, {@code --baseurl} over
     * them, jekyll-github-metadata's {@code site.github} filled in; the defaults when there is none.
     *
     * @param paths the site's files, to tell a missing configuration file
     */
    SiteConfig read(List<String> paths) {
        List<ConfigReader.Text> read = new ArrayList<>();
        Map<String, Object> merged = new LinkedHashMap<>();
        for (String path : options.configFiles()) {
            if (!paths.contains(path)) {
                if (!path.equals(BuildOptions.DEFAULT_CONFIG)) {
                    problems.error(SourcePosition.of(path), "configuration file not found",
                            "check the --config path; it is relative to the source folder");
                }
                continue;
            }
            String extension = SourceFiles.extension(path);
            Optional<DataReader> reader = plugins.dataReader(extension);
            if (reader.isEmpty()) {
                throw new ColophonException("no reader for ." + extension + " configuration files on the class path"
                        + " (add colophon-frontmatter for YAML)");
            }
            try {
                String text = Texts.decode(path, source.read(path));
                Object data = reader.get().read(new SourceText(path, text), problems::add);
                merged = ConfigReader.merge(merged, ConfigReader.mapping(data, path));
                read.add(new ConfigReader.Text(path, text));
            } catch (SourceException e) {
                problems.add(e);
            }
        }
        if (read.isEmpty() && options.baseurl().isEmpty()) {
            return SiteConfig.defaults();
        }
        if (options.baseurl().isPresent()) {
            merged.put("baseurl", options.baseurl().get());
        }
        String named = read.isEmpty() ? options.configFile() : read.get(read.size() - 1).path();
        try {
            return new ConfigReader(read, named, problems).read(withGitHubMetadata(merged, named));
        } catch (SourceException e) {
            problems.add(e);
            return SiteConfig.defaults();
        }
    }

    /** The configuration with jekyll-github-metadata's {@code site.github} and fallbacks, when the site lists it. */
    private Object withGitHubMetadata(Object data, String configFile) {
        if (!(data instanceof Map<?, ?> raw) || !SiteConfig.plugins(stringKeys(raw)).contains(GitHubMetadata.GEM)) {
            return data;
        }
        Optional<Map<String, Object>> filled = GitHubMetadata.fill(stringKeys(raw), options.environment(),
                this::readOptional);
        if (filled.isEmpty()) {
            problems.warning(SourcePosition.of(configFile), "jekyll-github-metadata found no repository: site.github"
                    + " stays unset", "add repository: OWNER/NAME to " + configFile);
        }
        return filled.<Object>map(m -> m).orElse(data);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** A file of the site, or empty: for jekyll-github-metadata's look at {@code .git/config}. */
    private Optional<byte[]> readOptional(String path) {
        try {
            return Optional.of(source.read(path));
        } catch (ColophonException e) {
            return Optional.empty();
        }
    }
}

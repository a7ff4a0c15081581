package dev.colophon.sass;

import com.google.auto.service.AutoService;
import de.larsgrefer.sass.embedded.CompileSuccess;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.ParseContext;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Compiles Sass pages ({@code .scss}, and {@code .sass} in the indented syntax) to CSS, as Jekyll's
 * jekyll-sass-converter does with Dart Sass.
 *
 * <p>Imports resolve next to the importing file, then in {@code sass.load_paths}, then in
 * {@code sass.sass_dir} ({@code _sass} by default), always through {@link ParseContext#files()} so theme
 * files and in-memory sites work. {@code sass.style} may be {@code expanded} (the default) or
 * {@code compressed}. A stylesheet written as a file gets a source map beside it ({@code main.css.map},
 * sources included, named by their paths in the site) unless {@code sass.sourcemap} is {@code never}, or
 * {@code development} in another environment, as jekyll-sass-converter does.
 *
 * <p>One instance serves every thread: it holds no state of its own, and the Dart Sass process behind
 * it is shared by the whole JVM and compiles one stylesheet at a time.
 */
@AutoService(ContentParser.class)
public final class SassParser implements ContentParser {

    private static final Set<String> EXTENSIONS = Set.of("scss", "sass");

    private final Supplier<DartSass> dartSass;

    /** Creates the parser; Dart Sass is started by the first stylesheet, so discovery stays cheap. */
    public SassParser() {
        this(DartSass::shared);
    }

    /** A parser using the given compiler, so tests can watch when it starts. */
    SassParser(Supplier<DartSass> dartSass) {
        this.dartSass = Objects.requireNonNull(dartSass, "dartSass");
    }

    @Override
    public String id() {
        return "sass";
    }

    @Override
    public Set<String> fileExtensions() {
        return EXTENSIONS;
    }

    @Override
    public String outputExtension() {
        return "css";
    }

    /**
     * The settings of the configuration last seen: a build compiles every stylesheet with one configuration,
     * so they are read once per build. Kept per instance, keyed by the configuration itself.
     */
    private final AtomicReference<Read> last = new AtomicReference<>();

    /** Settings read from one configuration instance. */
    private record Read(SiteConfig config, SassSettings settings) {
    }

    private SassSettings settings(SiteConfig config) {
        Read read = last.get();
        if (read == null || read.config() != config) {
            read = new Read(config, SassSettings.of(config));
            last.set(read);
        }
        return read.settings();
    }

    /**
     * Compiles one stylesheet to CSS (not HTML, whatever the method's name).
     *
     * @throws dev.colophon.diagnostic.SourceException for Sass that does not compile, placed in the page or
     *     in the imported file at fault
     */
    @Override
    public String toHtml(String body, ParseContext context) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(context, "context");
        SassSettings settings = settings(context.config());
        Compilation compilation = new Compilation(body, indented(context.path()), context, settings);
        CompileSuccess result = dartSass.get().compile(compilation);
        if (!compilation.sourceMap() || result.getSourceMap().isEmpty()) {
            return result.getCss();
        }
        String map = context.outputPath() + ".map";
        context.sidecars().accept(map, SourceMaps.forSite(result.getSourceMap(), context.outputPath(),
                context.path(), body));
        // jekyll-sass-converter's ending, so the CSS is the same file either way.
        return result.getCss() + "\n\n/*# sourceMappingURL=" + SourceMaps.fileName(map) + " */";
    }

    /**
     * Whether the file uses the indented syntax: {@code .sass} files, and the {@code sassify} filter,
     * which the pipeline calls with the made-up path {@code (sassify)}.
     */
    private static boolean indented(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".sass") || lower.equals("(sassify)");
    }
}

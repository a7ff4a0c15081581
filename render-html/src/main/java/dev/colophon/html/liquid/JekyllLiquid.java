package dev.colophon.html.liquid;

import dev.colophon.diagnostic.ColophonException;
import dev.colophon.liquid.Context;
import dev.colophon.liquid.ErrorMode;
import dev.colophon.liquid.Liquid;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Template;
import dev.colophon.spi.TemplateSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Liquid as Jekyll configures it: Jekyll's filters and tags over Ruby Liquid's, includes from
 * {@code _includes/}, the site's {@code liquid:} settings. One per build's {@link TemplateSetup}; every
 * include is parsed once for the build and rendered from any thread.
 */
final class JekyllLiquid implements JekyllInclude.Files {

    private final TemplateSetup setup;
    private final Liquid liquid;
    private final LiquidSettings settings;
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();
    private final Map<String, Integer> firstLines = new ConcurrentHashMap<>();

    JekyllLiquid(TemplateSetup setup) {
        this.setup = setup;
        this.settings = LiquidSettings.of(setup.config());
        Liquid.Builder builder = Liquid.builder()
                .errorMode(settings.errorMode())
                // Liquid's own render tag finds its templates where Jekyll's include does (Jekyll refuses it).
                .files(name -> setup.includes().apply(name).map(dev.colophon.model.Template::body))
                .unknownTag(new UnknownTag(settings.errorMode() == ErrorMode.STRICT));
        JekyllFilters.all(setup).forEach(builder::filter);
        builder.tag("include", input -> JekyllInclude.parse(input, JekyllInclude.Kind.INCLUDE, this));
        builder.tag("include_cached", input -> JekyllInclude.parse(input, JekyllInclude.Kind.CACHED, this));
        builder.tag("include_relative", input -> JekyllInclude.parse(input, JekyllInclude.Kind.RELATIVE, this));
        builder.tag("highlight", input -> Highlight.parse(input, setup.highlighting()));
        builder.tag("link", input -> LinkTags.link(input, setup.config()));
        builder.tag("post_url", input -> LinkTags.postUrl(input, setup.config()));
        builder.tag("gist", GistTag::parse);
        builder.tag("avatar", AvatarTag::parse);
        builder.tag("feed_meta", input -> new FeedMeta(setup.config()));
        builder.tag("seo", input -> SeoTag.parse(input, this));
        this.liquid = builder.build();
    }

    TemplateSetup setup() {
        return setup;
    }

    Liquid liquid() {
        return liquid;
    }

    LiquidSettings settings() {
        return settings;
    }

    @Override
    public Template parsed(Context context, JekyllInclude.Kind kind, String name) {
        boolean relative = kind == JekyllInclude.Kind.RELATIVE;
        String key = relative ? relative(context, name) : "_includes/" + name;
        Template template = parsed.get(key);
        if (template == null) {
            if (relative) {
                String text = read(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                        .orElseThrow(() -> new MissingFile(kind, name, key));
                template = parse(text, key, 1);
            } else {
                dev.colophon.model.Template include = setup.includes().apply(name)
                        .orElseThrow(() -> new MissingFile(kind, name, key));
                template = parse(include.body(), include.path(), include.bodyLine());
            }
            Template raced = parsed.putIfAbsent(key, template);
            template = raced != null ? raced : template;
        }
        return template;
    }

    /** A file beside the page, unless the site keeps it from templates (a hidden file, its configuration...). */
    private Optional<byte[]> read(String path) {
        try {
            return setup.files().apply(path);
        } catch (ColophonException e) {
            throw new RefusedFile(e.getMessage());
        }
    }

    /** Parses an included file's Liquid, reporting what Jekyll's default mode forgives. */
    private Template parse(String text, String path, int firstLine) {
        Template template;
        try {
            template = liquid.parse(text, path);
        } catch (LiquidException e) {
            throw e.at(path, 1, 1);
        }
        firstLines.put(path, firstLine);
        Warnings.report(setup, settings, template, path, firstLine);
        return template;
    }

    /** The line of its file an included template's text starts on (below its front matter). */
    int firstLine(String path) {
        return firstLines.getOrDefault(path, 1);
    }

    /** The root-relative path of a file beside the page being rendered; never outside the site. */
    private static String relative(Context context, String name) {
        String here = context.registers().get(JekyllInclude.CURRENT_FILE) instanceof String s ? s : "";
        String folder = here.contains("/") ? here.substring(0, here.lastIndexOf('/') + 1) : "";
        String path = Path.of(folder + name).normalize().toString().replace('\\', '/');
        if (path.startsWith("..") || path.startsWith("/")) {
            throw LiquidException.argument("include_relative cannot reach outside the site: " + name);
        }
        return path;
    }

    /** An include or relative include whose file does not exist. */
    static final class MissingFile extends LiquidException {
        private static final long serialVersionUID = 1L;
        final JekyllInclude.Kind kind;
        final String name;
        final String path;

        MissingFile(JekyllInclude.Kind kind, String name, String path) {
            super(Kind.FILE_SYSTEM, (kind == JekyllInclude.Kind.RELATIVE ? "file " : "include ") + path
                    + " does not exist");
            this.kind = kind;
            this.name = name;
            this.path = path;
        }
    }

    /** A file {@code include_relative} may not read: hidden, the configuration, or excluded in safe mode. */
    static final class RefusedFile extends LiquidException {
        private static final long serialVersionUID = 1L;

        RefusedFile(String message) {
            super(Kind.FILE_SYSTEM, message);
        }
    }

    /** The settings under {@code liquid:} in {@code _config.yml}, as Jekyll reads them. */
    record LiquidSettings(ErrorMode errorMode, boolean strictFilters, boolean strictVariables) {
        static LiquidSettings of(dev.colophon.model.SiteConfig config) {
            Map<?, ?> liquid = config.values().get("liquid") instanceof Map<?, ?> m ? m : Map.of();
            ErrorMode mode = switch (String.valueOf(liquid.get("error_mode"))) {
                case "strict" -> ErrorMode.STRICT;
                case "lax" -> ErrorMode.LAX;
                default -> ErrorMode.WARN;
            };
            return new LiquidSettings(mode, mode == ErrorMode.STRICT || Boolean.TRUE.equals(liquid.get("strict_filters")),
                    Boolean.TRUE.equals(liquid.get("strict_variables")));
        }
    }
}

package dev.colophon.liquid;

import dev.colophon.liquid.filter.StandardFilters;
import dev.colophon.liquid.parse.Condition;
import dev.colophon.liquid.parse.Output;
import dev.colophon.liquid.parse.TemplateParser;
import dev.colophon.liquid.tag.StandardTags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A Liquid engine: its tags, its filters, how it treats markup it cannot parse, and where it finds the
 * templates {@code include} and {@code render} name. Immutable and thread-safe; build one and parse with it
 * from any thread.
 *
 * <pre>{@code
 * Liquid liquid = Liquid.builder().build();
 * Template template = liquid.parse("Hello {{ name | upcase }}!");
 * template.render(Map.of("name", "world"));   // "Hello WORLD!"
 * }</pre>
 */
public final class Liquid {

    private final Map<String, Tag> tags;
    private final Map<String, Filter> filters;
    private final ErrorMode errorMode;
    private final Function<String, Optional<String>> files;
    private final Tag unknownTag;
    /** Templates {@code include} and {@code render} parsed, by name: each parsed once per engine. */
    private final Map<String, Template> partials = new java.util.concurrent.ConcurrentHashMap<>();

    private Liquid(Builder builder) {
        this.tags = Map.copyOf(builder.tags);
        this.filters = Map.copyOf(builder.filters);
        this.errorMode = builder.errorMode;
        this.files = builder.files;
        this.unknownTag = builder.unknownTag;
    }

    /** A builder with Ruby Liquid's standard tags and filters, lax parsing, and no files. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this engine's tags, filters and settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.tags.clear();
        builder.tags.putAll(tags);
        builder.filters.clear();
        builder.filters.putAll(filters);
        builder.errorMode = errorMode;
        builder.files = files;
        builder.unknownTag = unknownTag;
        return builder;
    }

    /**
     * Parses a template.
     *
     * @param source the template's text
     * @throws LiquidException of kind SYNTAX, with its line and column
     */
    public Template parse(String source) {
        return parse(source, null);
    }

    /**
     * Parses a template whose errors name it.
     *
     * @param name the template's name for messages, e.g. its file; may be null
     */
    public Template parse(String source, String name) {
        List<LiquidException> warnings = new ArrayList<>();
        BodyNode root = new TemplateParser(this, name, errorMode, warnings::add).parse(source);
        return new Template(this, name, root, warnings);
    }

    /**
     * Parses a value with its filters, as an output holds it ({@code page.date | date: "%Y"}), to evaluate in
     * a render's context: what Jekyll's {@code group_by_exp} does with its expression.
     *
     * @throws LiquidException of kind SYNTAX when the markup cannot be read in this engine's mode
     */
    public Expression expression(String markup) {
        return Output.parse(markup, errorMode, warning -> { });
    }

    /**
     * Parses a condition as {@code if} holds it ({@code p.age > 30 and p.team == "a"}), strictly, as
     * Jekyll's {@code where_exp} reads its expression.
     *
     * @throws LiquidException of kind SYNTAX when the markup is not a condition
     */
    public Predicate<Context> condition(String markup) {
        return Condition.parse(markup, ErrorMode.STRICT, warning -> { });
    }

    /** The tag of this name, or null. */
    public Tag tag(String name) {
        return tags.get(name);
    }

    /** The filter of this name, or null. */
    public Filter filter(String name) {
        return filters.get(name);
    }

    /** What parses a tag no other tag is, or null when such a tag is a syntax error. */
    public Tag unknownTag() {
        return unknownTag;
    }

    public ErrorMode errorMode() {
        return errorMode;
    }

    /** The text of a template {@code include} or {@code render} names, or empty when there is none. */
    public Optional<String> file(String name) {
        return files.apply(name);
    }

    /**
     * The template {@code include} or {@code render} names, parsed once and kept.
     *
     * @throws LiquidException of kind FILE_SYSTEM when there is none, of kind SYNTAX when it does not parse
     */
    public Template partial(String name) {
        Template parsed = partials.get(name);
        if (parsed == null) {
            String text = file(name).orElseThrow(() -> new LiquidException(LiquidException.Kind.FILE_SYSTEM,
                    "No such template '" + name + "'"));
            parsed = parse(text, name);
            Template raced = partials.putIfAbsent(name, parsed);
            if (raced != null) {
                parsed = raced;
            }
        }
        return parsed;
    }

    /** Builds a {@link Liquid}. */
    public static final class Builder {
        private final Map<String, Tag> tags = new HashMap<>(StandardTags.all());
        private final Map<String, Filter> filters = new HashMap<>(StandardFilters.all());
        private ErrorMode errorMode = ErrorMode.LAX;
        private Function<String, Optional<String>> files = name -> Optional.empty();
        private Tag unknownTag;

        private Builder() {
        }

        /** Adds a tag, or replaces the one of that name. */
        public Builder tag(String name, Tag tag) {
            tags.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(tag, "tag"));
            return this;
        }

        /** Adds a filter, or replaces the one of that name. */
        public Builder filter(String name, Filter filter) {
            filters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(filter, "filter"));
            return this;
        }

        public Builder errorMode(ErrorMode mode) {
            this.errorMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Where {@code include} and {@code render} find templates by name. */
        public Builder files(Function<String, Optional<String>> resolver) {
            this.files = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Parses tags of names no tag has (a plugin the site uses that this engine lacks) instead of their
         * being a syntax error; it is not asked about the delimiters of the block being parsed
         * ({@code else}, {@code endif}). It may still throw.
         */
        public Builder unknownTag(Tag fallback) {
            this.unknownTag = fallback;
            return this;
        }

        public Liquid build() {
            return new Liquid(this);
        }
    }
}

package dev.colophon.html.liquid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.auto.service.AutoService;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateEngine;
import dev.colophon.spi.TemplateSetup;
import java.util.concurrent.atomic.AtomicReference;
import liqp.TemplateParser;
import liqp.parser.Flavor;

/**
 * Liquid templates, Jekyll flavour, with liqp: includes from {@code _includes/}, Jekyll's filters.
 */
@AutoService(TemplateEngine.class)
public final class LiquidEngine implements TemplateEngine {

    /** What {@link #prepare} parses: the tags, filters and expressions of a typical layout. */
    private static final String WARM_UP = "{% if page.title %}{{ page.title | escape }}{% endif %}"
            + "{% for post in site.posts limit: 2 %}{{ post.date | date: \"%Y\" }}{% endfor %}";

    /** The parser of the last setup seen: a build compiles all its templates with one setup. */
    private final AtomicReference<Configured> last = new AtomicReference<>();

    /**
     * The Jackson mapper liqp uses (its {@code json} filter, Java objects as Liquid values), made once:
     * liqp would make one per parser, ~80 ms of a cold start each time.
     */
    private volatile ObjectMapper mapper;

    private record Configured(TemplateSetup setup, TemplateParser parser, CurrentFile current) {
    }

    @Override
    public String id() {
        return "liquid";
    }

    @Override
    public Compiled compile(SourceText source, int firstLine, TemplateSetup setup) {
        Configured configured = configured(setup);
        return new LiquidTemplate(configured.parser(), configured.current(), setup, source, firstLine);
    }

    /**
     * Makes the mapper and parses a small template with a plain parser: the first parse in a JVM pays for
     * ANTLR's start-up (the grammar's ATN, its first predictions), ~60 ms cold. Done while the build reads
     * files, neither is in the way of the first page.
     */
    @Override
    public void prepare() {
        new TemplateParser.Builder().withFlavor(Flavor.JEKYLL).withObjectMapper(mapper()).build().parse(WARM_UP);
    }

    private Configured configured(TemplateSetup setup) {
        Configured configured = last.get();
        if (configured == null || configured.setup() != setup) {
            CurrentFile current = new CurrentFile();
            configured = new Configured(setup, Parsers.jekyll(setup, current, mapper()), current);
            last.set(configured);
        }
        return configured;
    }

    /** The mapper, made by the first thread to ask; one asking meanwhile waits for it. */
    private ObjectMapper mapper() {
        ObjectMapper made = mapper;
        if (made == null) {
            synchronized (this) {
                made = mapper;
                if (made == null) {
                    // As liqp's TemplateParser.Builder makes it when given none.
                    made = new ObjectMapper().registerModule(new JavaTimeModule())
                            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
                    mapper = made;
                }
            }
        }
        return made;
    }
}

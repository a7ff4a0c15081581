package dev.colophon.html.liquid;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.model.Template;
import dev.colophon.spi.TemplateSetup;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import liqp.TemplateParser;
import liqp.antlr.CharStreamWithLocation;
import liqp.parser.Flavor;

/** Builds liqp parsers configured the way Jekyll renders Liquid. */
final class Parsers {

    private Parsers() {
    }

    static TemplateParser jekyll(TemplateSetup setup, CurrentFile current, ObjectMapper mapper) {
        TemplateParser.Builder builder = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withObjectMapper(mapper)
                .withDefaultTimeZone(setup.config().timezone())
                .withErrorMode(TemplateParser.ErrorMode.STRICT)
                .withShowExceptionsFromInclude(true)
                .withTag(new BoundedInclude())
                .withTag(FileInclude.cached(name -> setup.includes().apply(name).map(Template::body)))
                .withTag(new RelativeInclude(current, setup.files()))
                .withTag(new FeedMeta(setup.config()))
                .withTag(new SeoTag(setup))
                .withTag(new GistTag())
                .withTag(LinkTags.link(setup.config()))
                .withTag(LinkTags.postUrl(setup.config()))
                .withBlock(new Highlight(setup.highlighting()))
                .withNameResolver(name -> resolve(setup, name));
        JekyllFilters.all().forEach(builder::withFilter);
        builder.withFilter(new BuildTime.Date());
        CollectionFilters.all().forEach(builder::withFilter);
        ConvertFilters.all(setup).forEach(builder::withFilter);
        return builder.build();
    }

    private static CharStreamWithLocation resolve(TemplateSetup setup, String name) throws IOException {
        Optional<Template> include = setup.includes().apply(name);
        if (include.isEmpty()) {
            throw new NoSuchFileException("_includes/" + name);
        }
        return TagArguments.stream(include.get().body(), include.get().path());
    }
}

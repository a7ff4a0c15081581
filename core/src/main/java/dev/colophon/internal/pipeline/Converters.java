package dev.colophon.internal.pipeline;

import dev.colophon.internal.template.RenderOrder;
import dev.colophon.internal.template.Variables;
import dev.colophon.model.Content;
import dev.colophon.model.Site;
import dev.colophon.spi.TemplateSetup;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What converting a body takes besides the site it sees, the same for every body of a build: makes the
 * site's Liquid variables and the converters that read them.
 *
 * @param build the build as the configuration settled it: its plugins, configuration and reads
 * @param setup the template setup: includes, the converters of {@code markdownify} and the like
 * @param cache earlier builds' conversions, or null
 * @param postFields the posts' template fields, shared with the build's other variables
 * @param clockRead notes that a template read the build time
 * @param files reads a file of the site (theme included), for {@code include_relative} and the like
 */
record Converters(Build build, TemplateSetup setup, ConversionCache.Build cache, Variables.PostFields postFields,
        Runnable clockRead, Function<String, Optional<byte[]>> files) {

    /** The site as Liquid sees it while the files are converted in {@code order}. */
    Variables variables(Site site, RenderOrder order) {
        return new Variables(site, postFields, clockRead, order, build.reads());
    }

    Converter converter(Variables variables, Site site, RenderOrder order) {
        return converter(variables::forContent, site, order);
    }

    Converter converter(Function<Content, Map<String, Object>> variables, Site site, RenderOrder order) {
        RelativeLinks links = JekyllPlugins.listed(build.config()).contains("jekyll-relative-links")
                ? RelativeLinks.of(site) : RelativeLinks.NONE;
        return new Converter(build, setup, variables, files, links, cache, order);
    }
}

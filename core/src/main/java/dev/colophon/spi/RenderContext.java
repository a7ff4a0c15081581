package dev.colophon.spi;

import java.util.Map;

/**
 * What a {@link Renderer} may use besides the site: the template engine and the Liquid view of the site.
 */
public interface RenderContext {

    /** The template engine in use. */
    TemplateEngine templateEngine();

    /** What templates may reach besides their variables: the site's includes, converters. */
    TemplateSetup templateSetup();

    /** The {@code site} variable templates see, built once per build. */
    Map<String, Object> siteVariables();

    /** The {@code page} variable for a post or page of this site. */
    Map<String, Object> pageVariables(dev.colophon.model.Content content);

    /**
     * Every variable a template of this post or page renders with: {@code site}, {@code page}, and
     * {@code paginator} on the pages of a paginated index. A fresh map the caller may add to.
     */
    Map<String, Object> variables(dev.colophon.model.Content content);

    /** Reads a source file's bytes, e.g. to copy a static file. Paths are relative to the site source. */
    byte[] readSource(String path);

    /**
     * Reports a problem that does not stop the build, such as an output left out for want of a setting.
     * (Problems that do stop it are thrown as {@link dev.colophon.diagnostic.SourceException}.)
     */
    void warn(dev.colophon.diagnostic.SourcePosition position, String message, String hint);

    /**
     * Tells the build that an output shows the build time ({@link dev.colophon.model.Site#time()}), so that
     * it changes with the clock and not only with the site's files: an engine that remembers builds then
     * does not take the next build of the same files as unchanged. Templates reading {@code site.time} are
     * noticed without this; a renderer writing the time itself calls it.
     */
    default void usesBuildTime() {
    }
}

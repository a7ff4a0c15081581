package dev.colophon.sass;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.colophon.url.UrlPaths;

/**
 * Source maps as a site publishes them. Dart Sass names the stylesheet and its imports by the URLs Colophon
 * gave it ({@code colophon:/_sass/_base.scss}); a published map names them by their paths in the site
 * ({@code _sass/_base.scss}) and the CSS file by its name, as jekyll-sass-converter 3 does.
 */
final class SourceMaps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SourceMaps() {
    }

    /**
     * The map Dart Sass gave, with {@code file} and {@code sources} rewritten.
     *
     * @param map the map as Dart Sass wrote it
     * @param cssPath the stylesheet's output path, e.g. {@code assets/main.css}
     * @param pagePath the page's source, e.g. {@code assets/main.scss}, listed even when none of the CSS
     *     comes from it (a page of imports only), as libsass-based Jekyll lists it
     * @param pageText the page's Sass, as compiled
     */
    static String forSite(String map, String cssPath, String pagePath, String pageText) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(map);
            root.put("file", fileName(cssPath));
            ArrayNode sources = root.withArray("sources");
            for (int i = 0; i < sources.size(); i++) {
                String url = sources.get(i).asText();
                sources.set(i, JSON.getNodeFactory().textNode(
                        ImportResolver.path(url).map(UrlPaths::encodePath).orElse(url)));
            }
            String page = UrlPaths.encodePath(pagePath);
            if (!contains(sources, page)) {
                ArrayNode contents = root.withArray("sourcesContent");
                while (contents.size() < sources.size()) {
                    contents.addNull();
                }
                sources.add(page);
                contents.add(pageText);
            }
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException | ClassCastException e) {
            // Dart Sass always writes a JSON object; anything else is a bug there, not in the site.
            throw new IllegalStateException("Dart Sass gave a source map that is not a JSON object", e);
        }
    }

    private static boolean contains(ArrayNode items, String text) {
        for (var item : items) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The last segment of a path, URL-encoded as the {@code sourceMappingURL} comment and {@code file} want it. */
    static String fileName(String path) {
        return UrlPaths.encodePath(path.substring(path.lastIndexOf('/') + 1));
    }
}

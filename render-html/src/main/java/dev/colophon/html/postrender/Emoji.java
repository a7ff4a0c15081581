package dev.colophon.html.postrender;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * jemoji (0.13, with gemoji 4.1): {@code :name:} in a page's text becomes gemoji's image of that emoji, as
 * html-pipeline's EmojiFilter writes it with jemoji's settings (no {@code align}). Images come from GitHub's
 * asset host unless {@code emoji: src:} in {@code _config.yml} names another root.
 */
final class Emoji {

    static final String GEM = "jemoji";
    static final String DEFAULT_SRC = "https://github.githubassets.com/images/icons/";
    /** html-pipeline's default: code is left as written. */
    private static final Set<String> IGNORED = Set.of("pre", "code", "tt");

    private final String src;

    Emoji(String src) {
        this.src = src;
    }

    /** The settings under {@code emoji:} in {@code _config.yml}. */
    static Emoji of(Map<String, Object> config) {
        if (config.get("emoji") instanceof Map<?, ?> emoji && emoji.containsKey("src") && emoji.get("src") != null) {
            return new Emoji(emoji.get("src").toString());
        }
        return new Emoji(DEFAULT_SRC);
    }

    String apply(String page) {
        return page.indexOf(':') < 0 ? page : HtmlText.replace(page, IGNORED, this::text);
    }

    /**
     * The gem's {@code gsub(/:(name1|name2|…):/)}: as no name holds a colon, the name a colon may open runs to
     * the next colon, and a colon that opens no name may still close the next one.
     */
    String text(String text) {
        int open = text.indexOf(':');
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 128);
        int copied = 0;
        while (open >= 0) {
            int close = text.indexOf(':', open + 1);
            if (close < 0) {
                break;
            }
            String name = text.substring(open + 1, close);
            String file = Table.FILES.get(name);
            if (file == null) {
                open = close;
                continue;
            }
            out.append(text, copied, open).append(image(name, file));
            copied = close + 1;
            open = text.indexOf(':', copied);
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private String image(String name, String file) {
        String url = join(src, "emoji/unicode/" + file + ".png").replace("&", "&amp;").replace("\"", "&quot;");
        return "<img class=\"emoji\" title=\":" + name + ":\" alt=\":" + name + ":\" src=\"" + url
                + "\" height=\"20\" width=\"20\">";
    }

    /** Ruby's {@code File.join} of two parts: one slash between them. */
    static String join(String root, String path) {
        if (root.endsWith("/")) {
            return root + (path.startsWith("/") ? path.substring(1) : path);
        }
        return root + (path.startsWith("/") ? path : "/" + path);
    }

    /** The name→image table, read once on first use: most sites never list jemoji. */
    private static final class Table {
        static final Map<String, String> FILES = read();

        private static Map<String, String> read() {
            Map<String, String> files = new HashMap<>(4096);
            try (InputStream in = Emoji.class.getResourceAsStream("emoji.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("emoji.tsv is missing from the class path");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    if (!line.startsWith("#") && tab > 0) {
                        files.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(files);
        }
    }

    /** Every name and its image's code points, for the test that checks the table. */
    static Map<String, String> table() {
        return Table.FILES;
    }
}

package dev.colophon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds markup that would run script in a built site, reading each page as a browser does (jsoup's HTML5
 * parser decodes character references and recovers from broken markup the browser's way). Independent of
 * Colophon's own checks on purpose: its notion of a script address is written again here, from the
 * browser's rules, so that a mistake in one is not hidden by the same mistake in the other.
 */
final class ExecutableMarkup {

    /** Attributes whose value a browser loads or navigates to. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "codebase", "cite", "lowsrc", "dynsrc", "url");
    /** Elements that carry a document or code of their own, whatever their attributes. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "svg", "math", "form", "portal");
    /** The redirect page's script, as jekyll-redirect-from writes it: one JavaScript string. */
    private static final Pattern LOCATION = Pattern.compile("location=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern REFRESH = Pattern.compile("(?is)\\s*\\d*(?:\\.\\d*)?\\s*[;,]?\\s*(?:url\\s*=\\s*)?(.*)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExecutableMarkup() {
    }

    /** Every problem in every HTML, XML and JSON file under {@code root}, each naming its file. */
    static List<String> inSite(Path root) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString();
                String text = Files.readString(file);
                List<String> found = name.endsWith(".xml") ? inXml(text)
                        : name.endsWith(".json") ? inJson(text, name.endsWith("redirects.json"))
                        : name.endsWith(".html") || !name.contains(".") ? inHtml(text) : List.of();
                found.forEach(problem -> problems.add(name + ": " + problem));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** What would run in a page: scripts other than data or the redirect's, handlers, script addresses. */
    static List<String> inHtml(String html) {
        List<String> problems = new ArrayList<>();
        Document document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (ACTIVE_ELEMENTS.contains(tag)) {
                problems.add("<" + tag + "> element: " + shorten(element.outerHtml()));
            }
            if (tag.equals("script")) {
                script(element, problems);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.startsWith("on")) {
                    problems.add("event handler " + name + "=\"" + shorten(value) + "\" on <" + tag + ">");
                } else if (name.equals("srcdoc")) {
                    problems.add("srcdoc on <" + tag + ">");
                } else if (URL_ATTRIBUTES.contains(name) && isScriptAddress(value)) {
                    problems.add("script address in " + name + "=\"" + shorten(value) + "\" on <" + tag + ">");
                } else if (name.equals("style") && (value.toLowerCase(Locale.ROOT).contains("javascript:")
                        || value.toLowerCase(Locale.ROOT).contains("expression("))) {
                    problems.add("script in style=\"" + shorten(value) + "\" on <" + tag + ">");
                }
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                Matcher m = REFRESH.matcher(element.attr("content"));
                String url = m.matches() ? m.group(1).strip() : element.attr("content");
                if (url.startsWith("'") || url.startsWith("\"")) {
                    url = url.substring(1);
                }
                if (isScriptAddress(url)) {
                    problems.add("refresh to a script address: " + shorten(element.attr("content")));
                }
            }
        }
        return problems;
    }

    /** JSON-LD must be JSON (a value that ended the element would leave half of it); the redirect's, a string. */
    private static void script(Element script, List<String> problems) {
        String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
        String code = script.data().strip();
        if (type.equals("application/ld+json")) {
            try {
                JSON.readTree(code);
            } catch (IOException e) {
                problems.add("JSON-LD that is not JSON: " + shorten(code));
            }
            return;
        }
        Matcher location = LOCATION.matcher(code);
        if (location.matches()) {
            String target = location.group(1).replaceAll("\\\\(.)", "$1");
            if (isScriptAddress(target)) {
                problems.add("redirect script to a script address: " + shorten(code));
            }
            return;
        }
        problems.add("<script>: " + shorten(script.outerHtml()));
    }

    /** Feeds and sitemaps: their addresses, and every text that is HTML (Atom's type="html", RSS descriptions). */
    static List<String> inXml(String xml) {
        List<String> problems = new ArrayList<>();
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (URL_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))
                        && isScriptAddress(attribute.getValue())) {
                    problems.add("script address in <" + element.tagName() + "> " + attribute);
                }
            }
            String own = element.ownText();
            if (Set.of("loc", "link", "id", "uri", "url", "guid", "comments").contains(element.normalName())
                    && isScriptAddress(own)) {
                problems.add("script address in <" + element.tagName() + ">" + shorten(own));
            }
            // HTML by the formats' rules: Atom's type="html", RSS descriptions; other text is shown as text.
            boolean html = element.attr("type").equalsIgnoreCase("html")
                    || Set.of("description", "content:encoded").contains(element.normalName());
            String text = element.wholeOwnText();
            if (html && text.contains("<")) {
                inHtml(text).forEach(p -> problems.add("in <" + element.tagName() + ">: " + p));
            }
        }
        return problems;
    }

    /** JSON Feed and redirects.json: HTML in {@code content_html}, addresses in the fields that hold them. */
    static List<String> inJson(String json, boolean allAddresses) {
        List<String> problems = new ArrayList<>();
        try {
            walk(JSON.readTree(json), "", allAddresses, problems);
        } catch (IOException e) {
            problems.add("not JSON: " + e.getMessage());
        }
        return problems;
    }

    private static void walk(JsonNode node, String key, boolean allAddresses, List<String> problems) {
        if (node.isTextual()) {
            String text = node.asText();
            if (key.endsWith("_html")) {
                inHtml(text).forEach(p -> problems.add("in \"" + key + "\": " + p));
            }
            if ((allAddresses || key.contains("url") || key.equals("image") || key.equals("icon")
                    || key.equals("favicon")) && isScriptAddress(text)) {
                problems.add("script address in \"" + key + "\": " + shorten(text));
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            walk(field.getValue(), field.getKey(), allAddresses, problems);
        }
        if (node.isArray()) {
            node.forEach(item -> walk(item, key, allAddresses, problems));
        }
    }

    /**
     * Whether a browser would run this address or show a document made by it: the URL standard drops tabs
     * and line breaks anywhere and spaces and controls around an address, and reads its scheme in any case
     * (character references are already decoded by the parser). Everything invisible is dropped here.
     */
    static boolean isScriptAddress(String url) {
        StringBuilder visible = new StringBuilder();
        url.codePoints().filter(c -> !Character.isISOControl(c) && !Character.isWhitespace(c)
                && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT)
                .forEach(visible::appendCodePoint);
        String seen = visible.toString().toLowerCase(Locale.ROOT);
        return seen.startsWith("javascript:") || seen.startsWith("vbscript:") || seen.startsWith("livescript:")
                || seen.startsWith("data:");
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }
}

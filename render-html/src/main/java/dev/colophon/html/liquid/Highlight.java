package dev.colophon.html.liquid;

import dev.colophon.liquid.BodyNode;
import dev.colophon.liquid.Context;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import dev.colophon.spi.Highlighting;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code {% highlight LANG [linenos] %}}: the block's code coloured at build time (Rouge's markup)
 * in Jekyll's {@code <figure class="highlight">}. With {@code linenos}, Rouge's table of line numbers and
 * code, laid out so that it is valid HTML (Jekyll nests that table inside {@code <code>}, which is not).
 */
final class Highlight implements Node {

    private static final Pattern MARKUP = Pattern.compile("\\s*([\\w+#.-]+)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern EDGE_NEWLINES = Pattern.compile("\\A(\\r?\\n)+|(\\r?\\n)+\\z");

    private final Highlighting highlighting;
    private final String language;
    private final boolean lineNumbers;
    private final BodyNode body;

    private Highlight(Highlighting highlighting, String language, boolean lineNumbers, BodyNode body) {
        this.highlighting = highlighting;
        this.language = language;
        this.lineNumbers = lineNumbers;
        this.body = body;
    }

    static Node parse(TagInput input, Highlighting highlighting) {
        Matcher m = MARKUP.matcher(input.markup());
        String language = m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "text";
        boolean lineNumbers = m.matches() && m.group(2).contains("linenos");
        return new Highlight(highlighting, language, lineNumbers, input.body(Set.of("endhighlight")).node());
    }

    @Override
    public void render(Context context, StringBuilder out) {
        StringBuilder rendered = new StringBuilder();
        body.render(context, rendered);
        String code = EDGE_NEWLINES.matcher(rendered).replaceAll("");
        String html = highlighting.highlight(code, language).orElseGet(() -> JekyllFilters.xmlEscape(code));
        String open = "<code class=\"language-" + language + "\" data-lang=\"" + language + "\">";
        if (!lineNumbers) {
            out.append("<figure class=\"highlight\"><pre>").append(open).append(html).append("</code></pre></figure>");
            return;
        }
        StringBuilder numbers = new StringBuilder();
        long lines = code.lines().count();
        for (long i = 1; i <= lines; i++) {
            numbers.append(i).append('\n');
        }
        out.append("<figure class=\"highlight\"><table class=\"rouge-table\"><tbody><tr>"
                + "<td class=\"gutter gl\"><pre class=\"lineno\">").append(numbers).append("</pre></td>"
                + "<td class=\"code\"><pre>").append(open).append(html)
                .append("\n</code></pre></td></tr></tbody></table></figure>");
    }
}

package dev.colophon.html.liquid;

import dev.colophon.spi.Highlighting;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.blocks.Block;

/**
 * Jekyll's {@code {% highlight LANG [linenos] %}}: the block's code coloured at build time (Rouge's markup)
 * in Jekyll's {@code <figure class="highlight">}. With {@code linenos}, Rouge's table of line numbers and
 * code, laid out so that it is valid HTML (Jekyll nests that table inside {@code <code>}, which is not).
 */
final class Highlight extends Block {

    private static final Pattern MARKUP = Pattern.compile("\\s*([\\w+#.-]+)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern EDGE_NEWLINES = Pattern.compile("\\A(\\r?\\n)+|(\\r?\\n)+\\z");

    private final Highlighting highlighting;

    Highlight(Highlighting highlighting) {
        super("highlight");
        this.highlighting = highlighting;
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        String markup = nodes.length > 1 ? TagArguments.of(this, context, nodes[0]) : "";
        Matcher m = MARKUP.matcher(markup);
        String language = m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "text";
        boolean lineNumbers = m.matches() && m.group(2).contains("linenos");
        String code = EDGE_NEWLINES.matcher(asString(nodes[nodes.length - 1].render(context), context)).replaceAll("");
        String html = highlighting.highlight(code, language).orElseGet(() -> JekyllFilters.xmlEscape(code));
        String open = "<code class=\"language-" + language + "\" data-lang=\"" + language + "\">";
        if (!lineNumbers) {
            return "<figure class=\"highlight\"><pre>" + open + html + "</code></pre></figure>";
        }
        StringBuilder numbers = new StringBuilder();
        long lines = code.lines().count();
        for (long i = 1; i <= lines; i++) {
            numbers.append(i).append('\n');
        }
        return "<figure class=\"highlight\"><table class=\"rouge-table\"><tbody><tr>"
                + "<td class=\"gutter gl\"><pre class=\"lineno\">" + numbers + "</pre></td>"
                + "<td class=\"code\"><pre>" + open + html + "\n</code></pre></td></tr></tbody></table></figure>";
    }
}

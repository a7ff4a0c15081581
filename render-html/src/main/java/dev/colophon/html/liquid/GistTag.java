package dev.colophon.html.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/** jekyll-gist's {@code {% gist [user/]ID [FILE] %}}, in its script-tag form (no fetch at build time). */
final class GistTag extends Tag {

    private static final Pattern ARGS = Pattern.compile("\\s*([\\w./-]+)(?:\\s+(\\S+))?\\s*");

    GistTag() {
        super("gist");
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        Matcher m = ARGS.matcher(TagArguments.of(this, context, nodes));
        if (!m.matches()) {
            throw new IllegalArgumentException("the gist tag needs a gist id, like {% gist user/1234abcd %}");
        }
        String file = m.group(2) == null ? "" : "?file=" + Urls.escapeUri(m.group(2));
        return "<script src=\"https://gist.github.com/" + m.group(1) + ".js" + file + "\"> </script>";
    }
}

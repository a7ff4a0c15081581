package dev.colophon.html.liquid;

import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** jekyll-gist's {@code {% gist [user/]ID [FILE] %}}, in its script-tag form (no fetch at build time). */
final class GistTag {

    private static final Pattern ARGS = Pattern.compile("\\s*([\\w./-]+)(?:\\s+(\\S+))?\\s*");

    private GistTag() {
    }

    static Node parse(TagInput input) {
        Matcher m = ARGS.matcher(input.markup());
        if (!m.matches()) {
            throw input.error("the gist tag needs a gist id, like {% gist user/1234abcd %}");
        }
        String file = m.group(2) == null ? "" : "?file=" + Urls.escapeUri(m.group(2));
        String html = "<script src=\"https://gist.github.com/" + m.group(1) + ".js" + file + "\"> </script>";
        return (context, out) -> out.append(html);
    }
}

package dev.colophon.html.liquid;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Drop;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Template;
import dev.colophon.liquid.Texts;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * jekyll-avatar (0.8)'s {@code {% avatar USER [size=N] [lazy=true] %}} or {@code {% avatar user=VARIABLE %}}:
 * the user's GitHub avatar as the gem writes it, with a srcset for 1x to 4x screens. The markup may hold Liquid
 * ({@code {% avatar {{ page.author }} %}}), rendered each time; the size is read from the markup as written.
 */
final class AvatarTag implements Node {

    private static final Pattern SIZE = Pattern.compile("\\bsize=(\\d+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER = Pattern.compile("\\buser=([\\w.]+)\\b");
    private static final String DEFAULT_SIZE = "40";

    private final Template markup;
    private final String size;
    private final String userVariable;

    private AvatarTag(Template markup, String size, String userVariable) {
        this.markup = markup;
        this.size = size;
        this.userVariable = userVariable;
    }

    static Node parse(TagInput input) {
        String text = input.markup().strip();
        Matcher size = SIZE.matcher(text);
        Matcher user = USER.matcher(text);
        return new AvatarTag(input.engine().parse(text, input.templateName()), size.find() ? size.group(1)
                : DEFAULT_SIZE, user.find() ? user.group(1) : null);
    }

    @Override
    public void render(Context context, StringBuilder out) {
        StringBuilder rendered = new StringBuilder();
        markup.render(context, rendered);
        String text = rendered.toString();
        String user = username(context, text);
        // One server for every scale: the gem picks it from the 1x path.
        CRC32 crc = new CRC32();
        crc.update(path(user, 1).getBytes(StandardCharsets.UTF_8));
        String host = "https://avatars" + (crc.getValue() % 4) + ".githubusercontent.com/";
        StringBuilder srcset = new StringBuilder();
        for (int scale = 1; scale <= 4; scale++) {
            srcset.append(scale > 1 ? ", " : "").append(host).append(path(user, scale)).append(' ').append(scale)
                    .append('x');
        }
        boolean lazy = text.contains("lazy=true");
        out.append("<img class=\"").append(new BigInteger(size).compareTo(BigInteger.valueOf(48)) < 0
                        ? "avatar avatar-small" : "avatar")
                .append("\" alt=\"").append(user).append("\" width=\"").append(size).append("\" height=\"")
                .append(size).append("\" data-proofer-ignore=\"true\" src=\"").append(lazy ? "" : host + path(user, 1))
                .append(lazy ? "\" data-src=\"" + host + path(user, 1) + "\" data-srcset=\"" : "\" srcset=\"")
                .append(srcset).append("\" />");
    }

    /** The gem's {@code path}: {@code USER?v=3&s=SIZE}, the size as written at 1x. */
    private String path(String user, int scale) {
        String pixels = scale == 1 ? size : new BigInteger(size).multiply(BigInteger.valueOf(scale)).toString();
        return user + "?v=3&s=" + pixels;
    }

    /** The variable's value for {@code user=}; else the first word of the markup, less a leading {@code @}. */
    private String username(Context context, String text) {
        if (userVariable != null) {
            return lookup(context);
        }
        String first = text.contains(" ") ? text.strip().split("\\s+")[0] : text;
        return first.startsWith("@") ? first.substring(1) : first;
    }

    /** The gem's {@code lookup_variable}: the value at the dotted path, or the path itself when it has none. */
    private String lookup(Context context) {
        String[] keys = userVariable.split("\\.");
        Object value = context.get(keys[0]);
        for (int i = 1; i < keys.length && value != null; i++) {
            value = value instanceof Map<?, ?> map ? map.get(keys[i])
                    : value instanceof Drop drop ? drop.get(keys[i]) : null;
        }
        return value == null || Boolean.FALSE.equals(value) ? userVariable : Texts.toS(value);
    }
}

package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.Signature.arg;
import static dev.colophon.liquid.filter.Signature.given;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.Range;
import dev.colophon.liquid.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The filters of text: case, white space, slicing, truncating, splitting, replacing. */
final class StringFilters {

    private StringFilters() {
    }

    static void register(Map<String, Filter> filters) {
        filters.put("downcase", Signature.of(0, 0, (in, a, c) -> s(in).toLowerCase(Locale.ROOT)));
        filters.put("upcase", Signature.of(0, 0, (in, a, c) -> s(in).toUpperCase(Locale.ROOT)));
        filters.put("capitalize", Signature.of(0, 0, (in, a, c) -> capitalize(s(in))));
        filters.put("strip", Signature.of(0, 0, (in, a, c) -> RubyText.strip(s(in))));
        filters.put("lstrip", Signature.of(0, 0, (in, a, c) -> RubyText.lstrip(s(in))));
        filters.put("rstrip", Signature.of(0, 0, (in, a, c) -> RubyText.rstrip(s(in))));
        filters.put("squish", Signature.of(0, 0, (in, a, c) -> in == null ? null : squish(s(in))));
        filters.put("strip_newlines", Signature.of(0, 0, (in, a, c) -> s(in).replaceAll("\r?\n", "")));
        filters.put("append", Signature.of(1, 0, (in, a, c) -> concat(s(in), s(a.get(0)), c)));
        filters.put("prepend", Signature.of(1, 0, (in, a, c) -> concat(s(a.get(0)), s(in), c)));
        filters.put("slice", Signature.of(1, 1, StringFilters::slice));
        filters.put("truncate", Signature.of(0, 2, StringFilters::truncate));
        filters.put("truncatewords", Signature.of(0, 2, StringFilters::truncatewords));
        filters.put("split", Signature.of(1, 0,
                (in, a, c) -> new ArrayList<Object>(RubyText.split(s(in), s(a.get(0))))));
        filters.put("replace", Signature.of(1, 1, (in, a, c) -> RubyText.replace(s(in), s(a.get(0)),
                given(a, 1) ? s(a.get(1)) : "", true, c)));
        filters.put("replace_first", Signature.of(1, 1, (in, a, c) -> RubyText.replace(s(in), s(a.get(0)),
                given(a, 1) ? s(a.get(1)) : "", false, c)));
        filters.put("replace_last", Signature.of(2, 0, (in, a, c) -> replaceLast(s(in), s(a.get(0)), s(a.get(1)))));
        filters.put("remove", Signature.of(1, 0, (in, a, c) -> RubyText.replace(s(in), s(a.get(0)), "", true, c)));
        filters.put("remove_first", Signature.of(1, 0,
                (in, a, c) -> RubyText.replace(s(in), s(a.get(0)), "", false, c)));
        filters.put("remove_last", Signature.of(1, 0, (in, a, c) -> replaceLast(s(in), s(a.get(0)), "")));
    }

    /** {@code a + b}, checked against the render's output limit before it is made (a string doubled in a loop). */
    private static String concat(String a, String b, Context context) {
        if (context != null) {
            context.making((long) a.length() + b.length());
        }
        return a + b;
    }

    /** Liquid's {@code Utils.to_s}. */
    static String s(Object value) {
        return Texts.toS(value);
    }

    /** Ruby's {@code capitalize}: the first character in title case, the rest in lower case. */
    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        int rest = Character.charCount(first);
        int title = Character.toTitleCase(first);
        String head = title != first || Character.isTitleCase(first)
                ? new String(Character.toChars(title))
                : capitalizeSpecial(new String(Character.toChars(first)));
        return head + s.substring(rest).toLowerCase(Locale.ROOT);
    }

    /** Characters whose title case is more than one character: {@code ß} becomes {@code Ss}. */
    private static String capitalizeSpecial(String c) {
        String upper = c.toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) <= 1) {
            return upper;
        }
        int firstLength = Character.charCount(upper.codePointAt(0));
        return upper.substring(0, firstLength) + upper.substring(firstLength).toLowerCase(Locale.ROOT);
    }

    /** {@code strip}, then every run of white space as one space. */
    private static String squish(String s) {
        String stripped = RubyText.strip(s);
        StringBuilder out = new StringBuilder(stripped.length());
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (RubyText.isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /** A string's characters, or an array's items, from an offset (negative from the end), one by default. */
    private static Object slice(Object input, List<Object> args, Context context) {
        long offset = RubyInteger.of(args.get(0));
        Object lengthArg = arg(args, 1);
        // Ruby's `length ? Utils.to_integer(length) : 1`: false is no length too.
        long length = lengthArg == null || Boolean.FALSE.equals(lengthArg) ? 1 : RubyInteger.of(lengthArg);
        if (input instanceof List<?> list && !(input instanceof Range)) {
            return ArrayFilters.slice(list, offset, length);
        }
        String sliced = RubyText.slice(s(input), offset, length);
        return sliced == null ? "" : sliced;
    }

    private static Object truncate(Object input, List<Object> args, Context context) {
        if (input == null) {
            return null;
        }
        String text = s(input);
        long length = given(args, 0) ? RubyInteger.of(args.get(0)) : 50;
        String ellipsis = given(args, 1) ? s(args.get(1)) : "...";
        int size = RubyText.length(text);
        if (size <= length) {
            return text;
        }
        long keep = Math.max(0, length - RubyText.length(ellipsis));
        return RubyText.chars(text, 0, (int) Math.min(keep, size)) + ellipsis;
    }

    private static Object truncatewords(Object input, List<Object> args, Context context) {
        if (input == null) {
            return null;
        }
        String text = s(input);
        long words = given(args, 0) ? RubyInteger.of(args.get(0)) : 15;
        if (words <= 0) {
            words = 1;
        }
        List<String> kept = new ArrayList<>();
        if (words >= Integer.MAX_VALUE || !RubyText.words(text, (int) words, kept)) {
            return text;
        }
        return String.join(" ", kept) + (given(args, 1) ? s(args.get(1)) : "...");
    }

    private static String replaceLast(String s, String pattern, String replacement) {
        int at = s.lastIndexOf(pattern);
        return at < 0 ? s : s.substring(0, at) + replacement + s.substring(at + pattern.length());
    }
}

package dev.colophon.liquid.tag;

import dev.colophon.liquid.BodyNode;
import dev.colophon.liquid.Context;
import dev.colophon.liquid.ErrorMode;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Values;
import dev.colophon.liquid.parse.Output;
import dev.colophon.liquid.parse.StrictMarkup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {% for item in collection limit: n offset: m reversed %}…{% else %}…{% endfor %}}, with
 * {@code forloop}, {@code break}, {@code continue} and {@code offset: continue}.
 */
final class For implements Node {

    static final String QUOTED_FRAGMENT = Output.QUOTED_FRAGMENT;
    private static final Pattern SYNTAX = Pattern.compile("\\A([\\w-]+)\\s+in\\s+((?:" + QUOTED_FRAGMENT
            + ")+)\\s*(reversed)?");
    /**
     * Ruby Liquid's TagAttributes, {@code (\w[\w-]*)\s*:\s*(QuotedFragment)}, tried only where a word begins
     * (after its leading dashes): tried at every character of a long word, each try reading to the word's
     * end, it was quadratic (a word of a million letters took hours), and a try inside a word finds what the
     * try at its first letter found.
     */
    static final Pattern TAG_ATTRIBUTES = Pattern.compile("(?<![\\w-])-*+(\\w[\\w-]*+)\\s*:\\s*(" + QUOTED_FRAGMENT
            + ")");
    private static final Set<String> DELIMITERS = Set.of("else", "endfor");
    private static final Expression CONTINUE = context -> null;
    /** The register where loops keep where {@code offset: continue} goes on from. */
    private static final String OFFSETS = "for";
    private static final String STACK = "for_stack";

    private final String variable;
    private final String name;
    private final Expression collection;
    private final boolean reversed;
    private final Expression limit;
    private final Expression offset;
    private final BodyNode body;
    private final BodyNode otherwise;
    private final boolean blank;

    private For(Header header, BodyNode body, BodyNode otherwise, boolean blank) {
        this.variable = header.variable;
        this.name = header.name;
        this.collection = header.collection;
        this.reversed = header.reversed;
        this.limit = header.limit;
        this.offset = header.offset;
        this.body = body;
        this.otherwise = otherwise;
        this.blank = blank;
    }

    /** What the tag's markup says. */
    private static final class Header {
        String variable;
        String name;
        Expression collection;
        boolean reversed;
        Expression limit;
        Expression offset;
    }

    static Node parse(TagInput input) {
        Header header = header(input);
        TagInput.Body body = input.body(DELIMITERS);
        boolean blank = body.blank();
        TagInput.Body otherwise = null;
        if (body.delimiter().equals("else")) {
            otherwise = input.body(Set.of("endfor"));
            blank &= otherwise.blank();
        }
        BodyNode main = blank ? body.node().withoutText() : body.node();
        BodyNode other = otherwise == null ? null : blank ? otherwise.node().withoutText() : otherwise.node();
        return new For(header, main, other, blank);
    }

    private static Header header(TagInput input) {
        if (input.errorMode() == ErrorMode.LAX) {
            return lax(input);
        }
        try {
            return Strict.header(input);
        } catch (LiquidException e) {
            if (input.errorMode() == ErrorMode.STRICT) {
                throw e;
            }
            return lax(input);
        }
    }

    private static Header lax(TagInput input) {
        Matcher m = SYNTAX.matcher(input.markup());
        if (!m.find()) {
            throw input.error("Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]");
        }
        Header header = new Header();
        header.variable = m.group(1);
        header.name = m.group(1) + "-" + m.group(2);
        header.collection = input.expression(m.group(2));
        header.reversed = m.group(3) != null;
        Matcher attributes = TAG_ATTRIBUTES.matcher(input.markup());
        while (attributes.find()) {
            attribute(header, input, attributes.group(1), attributes.group(2));
        }
        return header;
    }

    static void attribute(Header header, TagInput input, String key, String value) {
        if (key.equals("offset")) {
            header.offset = value.equals("continue") ? CONTINUE : input.expression(value);
        } else if (key.equals("limit")) {
            header.limit = input.expression(value);
        }
    }

    /** Ruby Liquid's strict grammar of the markup. */
    private static final class Strict {
        static Header header(TagInput input) {
            StrictMarkup p = new StrictMarkup(input.markup());
            Header header = new Header();
            header.variable = p.id();
            if (!p.word("in")) {
                throw LiquidException.syntax("For loops require an 'in' clause");
            }
            String collection = p.expression();
            header.collection = input.expression(collection);
            header.name = header.variable + "-" + collection;
            header.reversed = p.word("reversed");
            while (p.attributeNext()) {
                String key = p.id();
                if (!key.equals("limit") && !key.equals("offset")) {
                    throw LiquidException.syntax("Invalid attribute in for loop. Valid attributes are limit and offset");
                }
                p.colon();
                attribute(header, input, key, p.expression());
            }
            p.end();
            return header;
        }
    }

    @Override
    public void render(Context context, StringBuilder out) {
        @SuppressWarnings("unchecked")
        Map<String, Long> offsets = (Map<String, Long>) context.registers().computeIfAbsent(OFFSETS,
                k -> new HashMap<String, Long>());
        long from;
        if (offset == CONTINUE) {
            from = offsets.getOrDefault(name, 0L);
        } else {
            Object value = offset == null ? null : offset.evaluate(context);
            from = value == null ? 0 : Numbers.toInteger(value);
        }
        Object items = collection.evaluate(context);
        Object limitValue = limit == null ? null : limit.evaluate(context);
        Long to = limitValue == null ? null : plus(Numbers.toInteger(limitValue), from);
        List<Object> segment = slice(items, from, to);
        if (reversed) {
            segment = new ArrayList<>(segment);
            Collections.reverse(segment);
        }
        offsets.put(name, from + segment.size());
        if (segment.isEmpty()) {
            if (otherwise != null) {
                otherwise.render(context, out);
            }
            return;
        }
        @SuppressWarnings("unchecked")
        List<ForLoop> stack = (List<ForLoop>) context.registers().computeIfAbsent(STACK, k -> new ArrayList<ForLoop>());
        ForLoop loop = new ForLoop(name, segment.size(), stack.isEmpty() ? null : stack.get(stack.size() - 1));
        stack.add(loop);
        Map<String, Object> scope = new HashMap<>(4);
        context.push(scope);
        try {
            scope.put("forloop", loop);
            for (Object item : segment) {
                context.iterate();
                scope.put(variable, item);
                body.render(context, out);
                loop.index++;
                if (context.endTurn()) {
                    break;
                }
            }
        } finally {
            context.pop();
            stack.remove(stack.size() - 1);
        }
    }

    /** {@code a + b}, held at a long's ends instead of wrapping round: a limit of 2^63 - 1 is no limit. */
    private static long plus(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }

    /** Ruby Liquid's {@code Utils.slice_collection}: items {@code from} (inclusive) to {@code to} (exclusive). */
    static List<Object> slice(Object collection, long from, Long to) {
        List<Object> items;
        if (collection instanceof CharSequence s) {
            // A string is one item, and Ruby slices it by each: offset and limit do not apply.
            return s.length() == 0 ? List.of() : List.of(s.toString());
        } else if (collection instanceof List<?> || collection instanceof Map<?, ?> || collection instanceof Iterable<?>) {
            items = Values.items(collection);
        } else {
            return List.of();
        }
        long start = Math.max(0, from);
        long end = to == null ? items.size() : Math.min(items.size(), to);
        if (start >= end) {
            return List.of();
        }
        return items.subList((int) start, (int) end);
    }

    @Override
    public boolean blank() {
        return blank;
    }
}

package dev.colophon.liquid.tag;

import dev.colophon.liquid.BodyNode;
import dev.colophon.liquid.Context;
import dev.colophon.liquid.ErrorMode;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Values;
import dev.colophon.liquid.parse.StrictMarkup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code case}/{@code when}/{@code else}: as in Ruby Liquid, every {@code when} that matches renders, and an
 * {@code else} renders when no {@code when} before it matched.
 */
final class Case implements Node {

    private static final String QUOTED_FRAGMENT = For.QUOTED_FRAGMENT;
    private static final Pattern SYNTAX = Pattern.compile("(" + QUOTED_FRAGMENT + ")");
    /**
     * One value of a when, and where the next begins (group 2, empty) when another follows: Ruby's
     * {@code (QuotedFragment)(?:(?:\s+or\s+|\s*,\s*)(QuotedFragment.*))?} read from the same text
     * onwards, as taking the rest of the text each time made a long when quadratic.
     */
    private static final Pattern WHEN_SYNTAX = Pattern.compile("(" + QUOTED_FRAGMENT + ")(?:(?:\\s+or\\s+|\\s*,\\s*)()"
            + "(?=" + QUOTED_FRAGMENT + "))?");
    private static final Set<String> DELIMITERS = Set.of("when", "else", "endcase");

    /** One branch: a value to equal (or null for else) and its body. */
    private record Branch(Expression value, boolean blankLiteral, boolean emptyLiteral, BodyNode body) {
    }

    private final Expression subject;
    private final Branch[] branches;
    private final boolean blank;

    private Case(Expression subject, List<Branch> branches, boolean blank) {
        this.subject = subject;
        this.branches = branches.toArray(new Branch[0]);
        this.blank = blank;
    }

    static Node parse(TagInput input) {
        Matcher m = SYNTAX.matcher(input.markup());
        if (!m.find()) {
            throw input.error("Syntax Error in tag 'case' - Valid syntax: case [condition]");
        }
        Expression subject = input.expression(m.group(1));
        // Text before the first when is parsed (its tags must be valid) and never rendered.
        TagInput.Body body = input.body(DELIMITERS);
        boolean blank = body.blank();
        List<Branch> branches = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Boolean> isElse = new ArrayList<>();
        List<BodyNode> bodies = new ArrayList<>();
        while (!body.delimiter().equals("endcase")) {
            String delimiter = body.delimiter();
            String markup = body.delimiterMarkup();
            List<String> whens = new ArrayList<>();
            if (delimiter.equals("else")) {
                if (!markup.isBlank()) {
                    throw input.error("Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters) ");
                }
            } else {
                if (input.errorMode() == ErrorMode.STRICT) {
                    strictWhen(markup);
                }
                Matcher w = WHEN_SYNTAX.matcher(markup);
                for (int from = 0; from >= 0; from = w.start(2)) {
                    if (!w.region(from, markup.length()).find()) {
                        throw input.error("Syntax Error in tag 'case' - Valid when condition: {% when [condition] "
                                + "[or condition2...] %}");
                    }
                    whens.add(w.group(1));
                }
            }
            body = input.body(DELIMITERS);
            blank &= body.blank();
            if (delimiter.equals("else")) {
                values.add(null);
                isElse.add(true);
                bodies.add(body.node());
            } else {
                for (String when : whens) {
                    values.add(when);
                    isElse.add(false);
                    bodies.add(body.node());
                }
            }
        }
        for (int i = 0; i < values.size(); i++) {
            BodyNode node = blank ? bodies.get(i).withoutText() : bodies.get(i);
            String value = values.get(i);
            if (isElse.get(i)) {
                branches.add(new Branch(null, false, false, node));
            } else {
                String v = value.strip();
                branches.add(new Branch(input.expression(value), v.equals("blank"), v.equals("empty"), node));
            }
        }
        return new Case(subject, branches, blank);
    }

    /** The strict grammar of a when: values joined by {@code or} or commas, and nothing else. */
    private static void strictWhen(String markup) {
        StrictMarkup p = new StrictMarkup(markup);
        p.expression();
        while (p.word("or") || p.comma()) {
            p.expression();
        }
        p.end();
    }

    @Override
    public void render(Context context, StringBuilder out) {
        Object value = subject.evaluate(context);
        boolean matched = false;
        for (Branch branch : branches) {
            if (branch.value() == null) {
                if (!matched) {
                    branch.body().render(context, out);
                }
                continue;
            }
            boolean equal;
            if (branch.blankLiteral()) {
                equal = Values.isBlank(value);
            } else if (branch.emptyLiteral()) {
                equal = Values.isEmpty(value);
            } else {
                equal = Values.equal(value, branch.value().evaluate(context));
            }
            if (equal) {
                matched = true;
                branch.body().render(context, out);
            }
            if (context.interrupt() != Context.Interrupt.NONE) {
                return;
            }
        }
    }

    @Override
    public boolean blank() {
        return blank;
    }
}

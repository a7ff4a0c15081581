package dev.colophon.liquid.tag;

import dev.colophon.liquid.BodyNode;
import dev.colophon.liquid.Context;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code if} and {@code unless}, with {@code elsif} and {@code else}: the first branch whose condition holds
 * renders ({@code unless} negates its first condition only).
 */
final class If implements Node {

    private static final Set<String> DELIMITERS_IF = Set.of("elsif", "else", "endif");
    private static final Set<String> DELIMITERS_UNLESS = Set.of("elsif", "else", "endunless");

    private final Predicate<Context>[] conditions;
    private final BodyNode[] bodies;
    private final boolean unless;
    private final boolean blank;

    @SuppressWarnings("unchecked")
    private If(List<Predicate<Context>> conditions, List<BodyNode> bodies, boolean unless, boolean blank) {
        this.conditions = conditions.toArray(new Predicate[0]);
        this.bodies = bodies.toArray(new BodyNode[0]);
        this.unless = unless;
        this.blank = blank;
    }

    static Node parse(TagInput input) {
        return parse(input, false);
    }

    static Node parseUnless(TagInput input) {
        return parse(input, true);
    }

    private static Node parse(TagInput input, boolean unless) {
        String end = unless ? "endunless" : "endif";
        Set<String> delimiters = unless ? DELIMITERS_UNLESS : DELIMITERS_IF;
        List<Predicate<Context>> conditions = new ArrayList<>();
        List<BodyNode> bodies = new ArrayList<>();
        boolean blank = true;
        conditions.add(input.condition(input.markup()));
        while (true) {
            TagInput.Body body = input.body(delimiters);
            bodies.add(body.node());
            blank &= body.blank();
            if (body.delimiter().equals(end)) {
                break;
            }
            if (body.delimiter().equals("else")) {
                conditions.add(context -> true);
            } else {
                conditions.add(input.condition(body.delimiterMarkup()));
            }
        }
        if (blank) {
            bodies.replaceAll(BodyNode::withoutText);
        }
        return new If(conditions, bodies, unless, blank);
    }

    @Override
    public void render(Context context, StringBuilder out) {
        for (int i = 0; i < conditions.length; i++) {
            boolean holds = conditions[i].test(context);
            if (i == 0 && unless) {
                holds = !holds;
            }
            if (holds) {
                bodies[i].render(context, out);
                return;
            }
        }
    }

    @Override
    public boolean blank() {
        return blank;
    }
}

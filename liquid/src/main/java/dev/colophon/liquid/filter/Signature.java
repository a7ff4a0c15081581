package dev.colophon.liquid.filter;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.LiquidException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How Ruby calls a filter method: the input first, the positional arguments next, and the keyword arguments
 * last as one hash argument ({@code default: 'x', allow_false: true} is {@code default(input, 'x', {...})}).
 * Ruby checks the count before the method runs, counting the input, so a filter states how many arguments it
 * takes and this class raises Ruby's own message when the count is wrong.
 */
final class Signature {

    /** A filter's body, given Ruby's positional arguments (the keyword hash, if any, last among them). */
    @FunctionalInterface
    interface Body {
        Object apply(Object input, List<Object> args, Context context);
    }

    private Signature() {
    }

    /** A filter taking {@code required} arguments and up to {@code optional} more, besides its input. */
    static Filter of(int required, int optional, Body body) {
        return (input, args, options, context) -> {
            List<Object> positional = positional(args, options);
            int given = positional.size();
            if (given < required || given > required + optional) {
                throw LiquidException.argument("wrong number of arguments (given " + (given + 1) + ", expected "
                        + (required + 1) + (optional > 0 ? ".." + (required + optional + 1) : "") + ")");
            }
            return body.apply(input, positional, context);
        };
    }

    private static List<Object> positional(List<Object> args, Map<String, Object> options) {
        if (options == null || options.isEmpty()) {
            return args == null ? List.of() : Collections.unmodifiableList(args);
        }
        List<Object> all = new ArrayList<>(args.size() + 1);
        all.addAll(args);
        all.add(options);
        return all;
    }

    /** The argument at {@code index}, or null when the call did not give it. */
    static Object arg(List<Object> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }

    /** Whether the call gave the argument at {@code index} (an explicit nil counts), to tell it from a default. */
    static boolean given(List<Object> args, int index) {
        return index < args.size();
    }
}

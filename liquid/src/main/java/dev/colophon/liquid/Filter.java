package dev.colophon.liquid;

import java.util.List;
import java.util.Map;

/**
 * A filter: {@code {{ input | name: arg1, arg2, key: value }}}. Filters are pure functions of their input,
 * arguments and the render's {@link Context} (its clock, its time zone); one instance serves every render on
 * every thread.
 *
 * <p>A filter that cannot use its arguments throws {@link LiquidException#argument}, with Ruby Liquid's
 * message where it has one ({@code wrong number of arguments (given 3, expected 1..2)}).
 */
@FunctionalInterface
public interface Filter {

    /**
     * @param input the value before the filter; may be null
     * @param args the positional arguments, evaluated; never null, items may be null
     * @param options the keyword arguments ({@code allow_false: true}), evaluated; never null, usually empty
     * @param context the render calling the filter
     * @return the filter's value; may be null
     */
    Object apply(Object input, List<Object> args, Map<String, Object> options, Context context);
}

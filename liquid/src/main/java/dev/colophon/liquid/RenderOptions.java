package dev.colophon.liquid;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How one render runs: its bounds, its strictness, its clock, and who hears what it reads.
 *
 * @param limits bounds on loops, output and nesting
 * @param strictVariables an undefined variable is an error instead of nil
 * @param strictFilters an unknown filter is an error instead of passing its input through
 * @param now what {@code 'now'} and {@code 'today'} mean to the {@code date} filter, asked for only when a
 *     template needs it
 * @param zone the zone dates without one are read in
 * @param reads hears each variable the render reads from the variables it was given ({@code site},
 *     {@code site.posts}), or null
 * @param registers values tags and filters of the embedding application read (the file being rendered)
 * @param inlineErrors an error writes its message where it happened and the render goes on, as Ruby
 *     Liquid's {@code render} does (its {@code render!}, which Jekyll uses, is the default: the error is thrown)
 */
public record RenderOptions(Limits limits, boolean strictVariables, boolean strictFilters, Supplier<ZonedDateTime> now,
        ZoneId zone, Consumer<String> reads, Map<String, Object> registers, boolean inlineErrors) {

    /** Lax, as Ruby Liquid renders by default, with {@link Limits#DEFAULT}, in UTC, at the time of the call. */
    public static RenderOptions defaults() {
        return new RenderOptions(Limits.DEFAULT, false, false, () -> ZonedDateTime.now(ZoneOffset.UTC), ZoneOffset.UTC, null,
                Map.of(), false);
    }

    public RenderOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        registers = Map.copyOf(registers);
    }

    public RenderOptions withLimits(Limits value) {
        return new RenderOptions(value, strictVariables, strictFilters, now, zone, reads, registers, inlineErrors);
    }

    public RenderOptions withStrict(boolean variables, boolean filters) {
        return new RenderOptions(limits, variables, filters, now, zone, reads, registers, inlineErrors);
    }

    public RenderOptions withClock(ZonedDateTime value, ZoneId valueZone) {
        Objects.requireNonNull(value, "value");
        return withClock(() -> value, valueZone);
    }

    /** A clock read only when a template asks for the time. */
    public RenderOptions withClock(Supplier<ZonedDateTime> value, ZoneId valueZone) {
        return new RenderOptions(limits, strictVariables, strictFilters, value, valueZone, reads, registers, inlineErrors);
    }

    public RenderOptions withReads(Consumer<String> value) {
        return new RenderOptions(limits, strictVariables, strictFilters, now, zone, value, registers, inlineErrors);
    }

    public RenderOptions withInlineErrors(boolean value) {
        return new RenderOptions(limits, strictVariables, strictFilters, now, zone, reads, registers, value);
    }

    public RenderOptions withRegisters(Map<String, Object> value) {
        return new RenderOptions(limits, strictVariables, strictFilters, now, zone, reads, value, inlineErrors);
    }
}

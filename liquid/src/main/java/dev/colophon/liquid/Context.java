package dev.colophon.liquid;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The state of one render: variable scopes, counters, registers, the budget left under {@link Limits}, and
 * who hears which variables were read. Made by {@link Template#render}; a tag or filter sees it, never
 * keeps it. Not thread-safe: one render, one thread.
 */
public final class Context {

    /** What stops the rest of a loop's body: {@code break} or {@code continue}. */
    public enum Interrupt { NONE, BREAK, CONTINUE }

    private final Liquid engine;
    private final RenderOptions options;
    /** The variables the render was given; never written. */
    private final Map<String, Object> globals;
    /** Outermost first, the template's own, where {@code assign} writes; the last is the innermost. */
    private final ArrayList<Map<String, Object>> scopes = new ArrayList<>(8);
    /** {@code increment} and {@code decrement}: read after the scopes, before the globals. */
    private final Map<String, Object> counters;
    private final Map<String, Object> registers;
    private final Budget budget;
    private Interrupt interrupt = Interrupt.NONE;
    private int depth;
    private String templateName;

    Context(Liquid engine, Map<String, Object> globals, RenderOptions options, String templateName) {
        this(engine, globals, options, templateName, new HashMap<>(), new HashMap<>(options.registers()),
                new Budget(), 0);
    }

    private Context(Liquid engine, Map<String, Object> globals, RenderOptions options, String templateName,
            Map<String, Object> counters, Map<String, Object> registers, Budget budget, int depth) {
        this.engine = engine;
        this.globals = globals;
        this.options = options;
        this.templateName = templateName;
        this.counters = counters;
        this.registers = registers;
        this.budget = budget;
        this.depth = depth;
        scopes.add(new HashMap<>());
    }

    /**
     * A context for {@code {% render %}}: no variables of this one, its own counters, the same registers,
     * budget and depth.
     */
    public Context isolated(String name) {
        return new Context(engine, Map.of(), options, name, new HashMap<>(), registers, budget, depth);
    }

    public Liquid engine() {
        return engine;
    }

    public RenderOptions options() {
        return options;
    }

    /** The build's "now", for {@code 'now' | date}: the same for every render that shares the options. */
    public ZonedDateTime now() {
        return options.now().get();
    }

    /** The zone dates without one are read and shown in. */
    public ZoneId zone() {
        return options.zone();
    }

    /** The name of the template being rendered, for messages; may be null. */
    public String templateName() {
        return templateName;
    }

    public void templateName(String name) {
        this.templateName = name;
    }

    // ---- variables

    /** A variable's value, innermost scope first; null when there is none. Reports the read. */
    public Object get(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Map<String, Object> scope = scopes.get(i);
            Object value = scope.get(name);
            if (value != null || scope.containsKey(name)) {
                return value;
            }
        }
        Object counter = counters.get(name);
        if (counter != null) {
            return counter;
        }
        Consumer<String> reads = options.reads();
        if (reads != null) {
            reads.accept(name);
        }
        return globals.get(name);
    }

    /** Whether a variable is defined at all, for strict variables. */
    public boolean has(String name) {
        for (Map<String, Object> scope : scopes) {
            if (scope.containsKey(name)) {
                return true;
            }
        }
        return counters.containsKey(name) || globals.containsKey(name);
    }

    /** {@code assign} and {@code capture}: into the template's own scope, seen by the rest of the render. */
    public void assign(String name, Object value) {
        scopes.get(0).put(name, value);
    }

    /** Sets a variable in the innermost scope, as a loop variable is. */
    public void setLocal(String name, Object value) {
        scopes.get(scopes.size() - 1).put(name, value);
    }

    /** Opens a scope; pair with {@link #pop()} in a {@code finally}. */
    public void push(Map<String, Object> scope) {
        scopes.add(scope);
        enter();
    }

    public void pop() {
        scopes.remove(scopes.size() - 1);
        leave();
    }

    /** The counters of {@code increment} and {@code decrement}, which are apart from assigned variables. */
    public Map<String, Object> counters() {
        return counters;
    }

    /** The global a counter starts from when it has not been used yet: the render's variable of its name. */
    public Object global(String name) {
        return globals.get(name);
    }

    /** State tags keep for the length of a render ({@code cycle}'s positions, {@code for}'s offsets). */
    public Map<String, Object> registers() {
        return registers;
    }

    /** Reports {@code name.key} read, when {@code name} is one of the given variables and someone listens. */
    public void readPath(String name, String key) {
        Consumer<String> reads = options.reads();
        if (reads == null) {
            return;
        }
        for (Map<String, Object> scope : scopes) {
            if (scope.containsKey(name)) {
                return;
            }
        }
        reads.accept(name + "." + key);
    }

    // ---- control flow

    public Interrupt interrupt() {
        return interrupt;
    }

    public void interrupt(Interrupt value) {
        this.interrupt = value;
    }

    /** Ends one turn of a loop: clears a {@code continue} or {@code break}, and says whether it was a break. */
    public boolean endTurn() {
        Interrupt ended = interrupt;
        interrupt = Interrupt.NONE;
        return ended == Interrupt.BREAK;
    }

    // ---- limits

    /** One more level of nesting; an error past the limit. Pair with {@link #leave()}. */
    public void enter() {
        if (++depth > options.limits().depth()) {
            depth--;
            throw new LiquidException(LiquidException.Kind.STACK_LEVEL, "Nesting too deep");
        }
    }

    public void leave() {
        depth--;
    }

    /** What one include or render counts for against {@link Limits#iterations()}. */
    public static final long PARTIAL_TURNS = 100;

    /**
     * How many characters of a string a filter makes count as one loop turn: copying them is about the
     * work of a turn. Appending to a string in a loop copies it each time, which without this count would
     * let a hundred thousand turns copy gigabytes.
     */
    public static final int CHARACTERS_PER_TURN = 128;

    /**
     * How many items of a list a filter makes count as one loop turn, and how many fewer items than
     * {@link Limits#outputLength()} characters a list may have: an item costs a reference to copy and to
     * keep. Pushing onto a list in a loop copies it each time; Jekyll sites build lists so over thousands
     * of posts.
     */
    public static final int ITEMS_PER_TURN = 16;

    /** Counts one loop iteration against the render's limit. */
    public void iterate() {
        iterate(1);
    }

    /**
     * Counts work worth {@code turns} loop iterations: an include or render, which renders a whole
     * template, counts as {@link #PARTIAL_TURNS}.
     */
    public void iterate(long turns) {
        budget.iterations += turns;
        if (budget.iterations > options.limits().iterations()) {
            throw new LiquidException(LiquidException.Kind.LIMIT, "Memory limits exceeded: more work than "
                    + options.limits().iterations() + " loop iterations (includes, and the values filters make, "
                    + "count too)");
        }
    }

    /** Checks the output written so far (the buffer being written) against the render's limit. */
    public void wrote(StringBuilder out) {
        if (out.length() > options.limits().outputLength()) {
            throw new LiquidException(LiquidException.Kind.LIMIT,
                    "Memory limits exceeded: more than " + options.limits().outputLength() + " characters of output");
        }
    }

    /**
     * Counts a value a filter made, as Shopify's Liquid counts what is assigned: a string against the output
     * limit, which no single value may pass either (a list against a {@link #ITEMS_PER_TURN}th of it), and
     * its length as work against the iteration limit, so that a string or list doubled or grown in a loop
     * stops long before it exhausts memory or time.
     */
    public void made(Object value) {
        if (value instanceof CharSequence text) {
            making(text.length());
            iterate(text.length() / CHARACTERS_PER_TURN);
        } else if (value instanceof Collection<?> items && !(value instanceof Range)) {
            madeItems(items.size());
        } else if (value instanceof Map<?, ?> map) {
            madeItems(map.size());
        }
    }

    /**
     * Checks the length of a string a filter is making, before or while it makes it: a filter that can make
     * far more than it was given ({@code append}, {@code replace}, {@code join}) stops at the limit instead of
     * at the end of memory.
     */
    public void making(long length) {
        if (length > options.limits().outputLength()) {
            throw new LiquidException(LiquidException.Kind.LIMIT, "Memory limits exceeded: a value of more than "
                    + options.limits().outputLength() + " characters");
        }
    }

    private void madeItems(int items) {
        long most = options.limits().outputLength() / ITEMS_PER_TURN;
        if (items > most) {
            throw new LiquidException(LiquidException.Kind.LIMIT,
                    "Memory limits exceeded: a list of more than " + most + " items");
        }
        iterate(items / ITEMS_PER_TURN);
    }

    // ---- filters

    /** Applies a filter by name; an unknown one is an error, or passes its input through in lax mode. */
    public Object filter(String name, Object input, List<Object> args, Map<String, Object> kwargs) {
        Filter filter = engine.filter(name);
        if (filter == null) {
            if (options.strictFilters()) {
                throw new LiquidException(LiquidException.Kind.UNDEFINED_FILTER, "undefined filter " + name);
            }
            return input;
        }
        return filter.apply(input, args, kwargs, this);
    }

    /** The loop budget and its use, shared by a render and the renders it makes. */
    private static final class Budget {
        long iterations;
    }
}

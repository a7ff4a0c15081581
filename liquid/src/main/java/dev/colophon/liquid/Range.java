package dev.colophon.liquid;

import java.util.AbstractList;

/**
 * Ruby's integer range {@code (1..5)}, both ends included; empty when {@code last < first}. A list, so that
 * loops and filters take it as they take an array.
 */
public final class Range extends AbstractList<Object> {

    private final long first;
    private final long last;

    public Range(long first, long last) {
        this.first = first;
        this.last = last;
    }

    public long first() {
        return first;
    }

    public long last() {
        return last;
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return first + index;
    }

    /**
     * The number of integers, at most {@code Integer.MAX_VALUE}: a longer range (Ruby's are any length)
     * is cut there, far past any loop's {@link Limits#iterations()}.
     */
    @Override
    public int size() {
        if (last < first) {
            return 0;
        }
        long gaps = last - first; // negative when it overflows: the range is longer than a long counts
        return gaps < 0 || gaps >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) gaps + 1;
    }

    /** As Ruby writes it: {@code 1..5}. */
    @Override
    public String toString() {
        return first + ".." + last;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Range range ? range.first == first && range.last == last : super.equals(other);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(first) * 31 + Long.hashCode(last);
    }
}

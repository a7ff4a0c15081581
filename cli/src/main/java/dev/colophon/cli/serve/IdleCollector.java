package dev.colophon.cli.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Collects the old generation while the server waits for the next save, once it is nearly full. Each
 * rebuild leaves what it keeps there (the new outputs' plan, what they read, changed pages), and the
 * server's heap is kept small (see the launcher: it gives memory back), so every few saves a full
 * collection fell inside a save: 100-300 ms at 10,000 posts, most of a title save's slowest tenth. Done
 * while nothing waits it costs the same and delays no one; it gives memory back too.
 *
 * <p>Only for the serial and parallel collectors (the launcher's is serial), whose old generation fills and
 * is then collected whole: with G1 or ZGC an explicit collection would be a pause they otherwise avoid.
 */
final class IdleCollector {

    /** The share of the old generation's committed size in use from which a collection is near. */
    static final double NEARLY_FULL = 0.8;
    /** Old generations that fill up and are then collected whole, by their pools' names. */
    private static final Set<String> FILLING = Set.of("Tenured Gen", "PS Old Gen");

    private final DoubleSupplier occupancy;
    private final Runnable collect;

    /**
     * @param occupancy the share of the old generation in use, 0 to 1 (0 when there is none to watch)
     * @param collect what collects it
     */
    IdleCollector(DoubleSupplier occupancy, Runnable collect) {
        this.occupancy = occupancy;
        this.collect = collect;
    }

    /** The old generation of this JVM, collected by {@link System#gc()}; one that never collects under G1 or ZGC. */
    static IdleCollector ofThisJvm() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (FILLING.contains(pool.getName())) {
                return new IdleCollector(() -> {
                    MemoryUsage usage = pool.getUsage();
                    return usage.getCommitted() <= 0 ? 0 : (double) usage.getUsed() / usage.getCommitted();
                }, System::gc);
            }
        }
        return new IdleCollector(() -> 0, () -> { });
    }

    /** Collects when the old generation is nearly full; returns whether it did. */
    boolean collectIfNearlyFull() {
        if (occupancy.getAsDouble() < NEARLY_FULL) {
            return false;
        }
        collect.run();
        return true;
    }
}

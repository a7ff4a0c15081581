package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The old generation is collected while the server is idle only when it is nearly full. */
class IdleCollectorTest {

    @Test
    void onlyANearlyFullOldGenerationIsCollected() {
        AtomicInteger collections = new AtomicInteger();
        double[] occupancy = {0.70};
        IdleCollector idle = new IdleCollector(() -> occupancy[0], collections::incrementAndGet);
        // Right after a full collection the launcher's heap keeps 30 % free: not collected again at once.
        assertFalse(idle.collectIfNearlyFull());
        occupancy[0] = 0.79;
        assertFalse(idle.collectIfNearlyFull());
        occupancy[0] = IdleCollector.NEARLY_FULL;
        assertTrue(idle.collectIfNearlyFull());
        occupancy[0] = 0.97;
        assertTrue(idle.collectIfNearlyFull());
        assertEquals(2, collections.get());
    }
}

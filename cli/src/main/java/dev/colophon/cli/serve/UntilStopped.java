package dev.colophon.cli.serve;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a command that runs until Ctrl-C ({@code serve}, {@code build --watch}, the Maven plugin's
 * {@code serve}) until the JVM shuts down or its thread is interrupted, and then holds the shutdown for a
 * few seconds, until the command has closed what it started: a build half swapped in would otherwise be
 * cut off. Open it before what it guards, so that it is closed after it.
 *
 * <pre>{@code
 * try (UntilStopped until = UntilStopped.install(); DevServer server = DevServer.start(...)) {
 *     until.await();
 * }
 * }</pre>
 */
public final class UntilStopped implements AutoCloseable {

    /** How long the JVM's shutdown waits for the command to close what it started. */
    private static final long CLOSING_SECONDS = 5;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    private UntilStopped() {
        hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(CLOSING_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "colophon-stop");
    }

    /** Starts listening for Ctrl-C. */
    public static UntilStopped install() {
        UntilStopped until = new UntilStopped();
        Runtime.getRuntime().addShutdownHook(until.hook);
        return until;
    }

    /** Blocks until Ctrl-C, or until the calling thread is interrupted (which stays set). */
    public void await() {
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets a shutdown that is waiting go on, or stops listening when there is none. */
    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (Ctrl-C): the hook is running, and now ends
        }
    }
}

package com.example.plugin;

import dev.colophon.html.liquid.LiquidEngine;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateEngine;
import dev.colophon.spi.TemplateSetup;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Liquid, taking over from the built-in engine, with a prepare() that is counted and then fails. Outside
 * Colophon's packages, as a third-party plugin is: safe mode leaves it out.
 */
public final class FailingPrepare implements TemplateEngine {
    public final AtomicInteger prepared = new AtomicInteger();
    /** Compiling waits (a while at most) for prepare(): it is called as the build starts reading. */
    public volatile CountDownLatch called = new CountDownLatch(1);
    private final LiquidEngine liquid = new LiquidEngine();

    @Override
    public String id() {
        return "failing-prepare";
    }

    @Override
    public int order() {
        return -1;
    }

    @Override
    public void prepare() {
        prepared.incrementAndGet();
        called.countDown();
        throw new IllegalStateException("not ready");
    }

    @Override
    public Compiled compile(SourceText source, int firstLine, TemplateSetup setup) {
        try {
            called.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return liquid.compile(source, firstLine, setup);
    }
}

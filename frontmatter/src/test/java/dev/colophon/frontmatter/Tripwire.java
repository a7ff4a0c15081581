package dev.colophon.frontmatter;

/** A class that marks the JVM when it is initialised, to prove a YAML tag naming it never loads it. */
public final class Tripwire {

    static final String PROPERTY = "dev.colophon.frontmatter.tripwire";

    static {
        System.setProperty(PROPERTY, "loaded");
    }

    public Tripwire() {
    }
}

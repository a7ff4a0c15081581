package dev.colophon;

/**
 * Told of each output a build writes, so that a long build can show how far it is. Called from the
 * build's threads, several at once, once per output (written or failed): keep it quick, and let it decide
 * how often to show anything.
 *
 * <pre>{@code
 * BuildOptions options = BuildOptions.defaults()
 *         .withProgress((path, done, total) -> { if (done % 1000 == 0) System.err.println(done + " of " + total); });
 * }</pre>
 */
@FunctionalInterface
public interface BuildProgress {

    /** Reports nothing. */
    BuildProgress NONE = (path, done, total) -> { };

    /**
     * One more output is done.
     *
     * @param path the output's path in the destination, e.g. {@code 2021/03/26/hello.html}
     * @param done how many outputs are done, this one included; each number from 1 to {@code total} comes
     *     once, though not necessarily in order
     * @param total how many outputs the build writes
     */
    void written(String path, int done, int total);

    /**
     * The build's outputs are planned and about to be rendered, before the first is {@link #written}. A
     * session that builds into memory answers for each of them from now on (see {@link MemorySite#file}).
     *
     * @param total how many outputs the build writes
     */
    default void rendering(int total) {
    }
}

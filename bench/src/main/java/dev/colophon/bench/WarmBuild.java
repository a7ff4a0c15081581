package dev.colophon.bench;

import dev.colophon.BuildOptions;
import dev.colophon.BuildResult;
import dev.colophon.Colophon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 7's in-process benchmark: builds one site several times in one JVM, the first build cold (classes
 * loaded, JIT not yet compiled), the others warm, and prints the wall time of each, per post, with the
 * JVM's GC and JIT time, and the build's per-stage profile when {@link BuildResult} has one.
 *
 * <pre>
 * java -cp bench/target/colophon-bench-VERSION.jar:$(cat bench/target/classpath.txt) \
 *     dev.colophon.bench.WarmBuild SOURCE DESTINATION RUNS
 * </pre>
 *
 * {@code bench/run.py --in-process} builds the module and runs this on the 10,000-post corpus. The
 * destination is deleted before each build, outside the timing, so every build writes a fresh folder as the
 * first one does. The last line is {@code summary\tKEY=VALUE…}, for bench/run.py.
 */
public final class WarmBuild {

    private WarmBuild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: WarmBuild SOURCE DESTINATION RUNS");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path destination = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        if (runs < 1) {
            throw new IllegalArgumentException("RUNS must be at least 1");
        }
        long corpus = corpusPosts(source);

        long t0 = System.nanoTime();
        Colophon colophon = Colophon.create();
        double createMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "source %s: %d files in _posts; %d threads; %s%n", source, corpus,
                BuildOptions.defaults().threads(), jvm());
        System.out.printf(Locale.ROOT, "Colophon.create(): %.0f ms%n", createMs);

        double[] wall = new double[runs];
        List<Map<String, Duration>> profiles = new ArrayList<>();
        int posts = 0;
        for (int i = 0; i < runs; i++) {
            deleteTree(destination);
            long gcMs = gcMillis();
            long gcCount = gcCount();
            long jitMs = jitMillis();
            long start = System.nanoTime();
            BuildResult result = colophon.build(source, destination, BuildOptions.defaults());
            wall[i] = (System.nanoTime() - start) / 1e6;
            posts = result.posts();
            long gcDuring = gcMillis() - gcMs;
            long gcsDuring = gcCount() - gcCount;
            long jitDuring = jitMillis() - jitMs;
            // untimed: what the build left reachable (a warm rebuild should not keep the previous site),
            // and every build starts with a clean heap
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT,
                    "run %d (%s): %8.0f ms  %.3f ms/post  (build's own elapsed %d ms; %d posts, %d files;"
                            + " GC %d ms in %d collections, JIT %d ms; live heap after %d MiB)%n",
                    i + 1, i == 0 ? "cold" : "warm", wall[i], wall[i] / corpus, result.elapsed().toMillis(),
                    result.posts(), result.files(), gcDuring, gcsDuring, jitDuring,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            profiles.add(new LinkedHashMap<>(result.stages()));
        }
        printProfiles(profiles);

        System.out.printf(Locale.ROOT, "cold %.0f ms (%.3f ms/post)", wall[0], wall[0] / corpus);
        double warmMedian = Double.NaN;
        double warmMin = Double.NaN;
        if (runs > 1) {
            double[] warm = Arrays.copyOfRange(wall, 1, runs);
            Arrays.sort(warm);
            warmMedian = median(warm);
            warmMin = warm[0];
            System.out.printf(Locale.ROOT, "; warm median %.0f ms (%.3f ms/post), min %.0f ms, of %d warm build%s",
                    warmMedian, warmMedian / corpus, warmMin, runs - 1, runs == 2 ? "" : "s");
        }
        System.out.println();

        // Rebuilds where nothing changed, by engines made for repeated builds (a dev server, a tool that
        // builds again and again). The destination is kept between these builds, as a dev server keeps it.
        // With converted Markdown cached by a hash of its text, the rest of the build still runs: reading,
        // Liquid, layouts, comparing with what the destination holds.
        double cached = unchangedRebuilds(Colophon.builder().cacheConversions(true).build(), source, destination,
                runs, corpus, "Markdown cached");
        // Remembering the last build (every source and output file's size, time and identity) lets a build
        // that would write what the destination already holds stop after looking at the files.
        double remembered = unchangedRebuilds(Colophon.builder().cacheConversions(true).rememberBuilds(true).build(),
                source, destination, runs, corpus, "build remembered");
        System.out.printf(Locale.ROOT, "summary\tcorpus=%d\tposts=%d\truns=%d\tcreate_ms=%.0f\tcold_ms=%.0f"
                + "\twarm_median_ms=%.0f\twarm_min_ms=%.0f\tunchanged_median_ms=%.0f\tremembered_median_ms=%.1f%n",
                corpus, posts, runs, createMs, wall[0], warmMedian, warmMin, cached, remembered);
    }

    /** Builds once to fill the engine, then times builds of the same files; returns their median. */
    private static double unchangedRebuilds(Colophon colophon, Path source, Path destination, int runs, long corpus,
            String how) throws IOException {
        deleteTree(destination);
        long fillStart = System.nanoTime();
        colophon.build(source, destination, BuildOptions.defaults());
        double fill = (System.nanoTime() - fillStart) / 1e6;
        double[] unchanged = new double[Math.max(1, runs - 1)];
        Map<String, Duration> lastProfile = Map.of();
        for (int i = 0; i < unchanged.length; i++) {
            long start = System.nanoTime();
            BuildResult result = colophon.build(source, destination, BuildOptions.defaults());
            unchanged[i] = (System.nanoTime() - start) / 1e6;
            lastProfile = result.stages();
            System.out.printf(Locale.ROOT, "unchanged rebuild %d (%s): %8.1f ms  %.4f ms/post%n",
                    i + 1, how, unchanged[i], unchanged[i] / corpus);
        }
        printProfiles(List.of(lastProfile));
        Arrays.sort(unchanged);
        double median = median(unchanged);
        System.out.printf(Locale.ROOT, "%s: first build %.0f ms; unchanged rebuild median %.1f ms (%.4f ms/post)%n",
                how, fill, median, median / corpus);
        return median;
    }

    private static void printProfiles(List<Map<String, Duration>> profiles) {
        if (profiles.isEmpty()) {
            System.out.println("stages: no build ran; no per-stage profile");
            return;
        }
        Map<String, Duration> last = profiles.get(profiles.size() - 1);
        long total = last.values().stream().mapToLong(Duration::toNanos).sum();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s", "stage (ms)"));
        for (int i = 0; i < profiles.size(); i++) {
            header.append(String.format(Locale.ROOT, " %8s", "run " + (i + 1)));
        }
        System.out.println(header.append("  % of the last run's stages"));
        List<String> names = new ArrayList<>();
        profiles.forEach(p -> p.keySet().stream().filter(k -> !names.contains(k)).forEach(names::add));
        for (String name : names) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s", name));
            for (Map<String, Duration> p : profiles) {
                Duration d = p.get(name);
                row.append(d == null ? String.format(Locale.ROOT, " %8s", "-")
                        : String.format(Locale.ROOT, " %8d", d.toMillis()));
            }
            Duration d = last.get(name);
            if (d != null && total > 0) {
                row.append(String.format(Locale.ROOT, "  %5.1f %%", 100.0 * d.toNanos() / total));
            }
            System.out.println(row);
        }
    }

    private static long corpusPosts(Path source) throws IOException {
        Path posts = source.resolve("_posts");
        if (!Files.isDirectory(posts)) {
            throw new IllegalArgumentException(posts + " is not a folder");
        }
        try (Stream<Path> files = Files.walk(posts)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(t -> t > 0).sum();
    }

    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static String jvm() {
        var rt = ManagementFactory.getRuntimeMXBean();
        String gc = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .reduce((a, b) -> a + ", " + b).orElse("?");
        return String.format(Locale.ROOT, "Java %s (%s), max heap %d MiB, GC %s, flags %s",
                Runtime.version(), rt.getVmName(), Runtime.getRuntime().maxMemory() >> 20, gc, rt.getInputArguments());
    }
}

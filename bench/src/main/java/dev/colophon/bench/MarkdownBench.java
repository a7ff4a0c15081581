package dev.colophon.bench;

import dev.colophon.markdown.MarkdownParser;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ParseContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Markdown stage alone: {@link MarkdownParser#toHtml(String, ParseContext)} on the body of three posts of
 * the benchmark corpus ({@code ../shared/bench/gen-corpus.py 1000}, seed 42), kept as resources in
 * {@code dev/colophon/bench/posts/}:
 * <ul>
 * <li>{@code short}: post 732, 2.3 kB, 350 words, a block quote, footnotes, images;</li>
 * <li>{@code medium}: post 445, 6 kB (the corpus' mean is 6.8 kB), 960 words, a GFM table, footnotes,
 * fenced code, lists, CJK;</li>
 * <li>{@code long}: post 55, 11 kB, 1730 words, tables, seven code blocks, quotes, footnotes.</li>
 * </ul>
 * No highlighting, as in the benchmark's site ({@code highlighter: none}). Not run by the build:
 * {@code bench/run.py --jmh}, or
 * {@code java -cp bench/target/colophon-bench-VERSION.jar:$(cat bench/target/classpath.txt)
 * org.openjdk.jmh.Main MarkdownBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class MarkdownBench {

    @Param({"short", "medium", "long"})
    public String post;

    private MarkdownParser parser;
    private ParseContext context;
    private String body;

    @Setup
    public void setUp() {
        String text = resource("posts/" + post + ".md");
        // the front matter is not Markdown: the parser gets the body, as the build gives it
        int end = text.indexOf("\n---\n", 4);
        if (!text.startsWith("---\n") || end < 0) {
            throw new IllegalStateException(post + ".md has no front matter");
        }
        String frontMatter = text.substring(0, end + 5);
        body = text.substring(end + 5);
        int bodyLine = (int) frontMatter.chars().filter(c -> c == '\n').count() + 1;
        parser = new MarkdownParser();
        context = new ParseContext("_posts/" + post + ".md", bodyLine, SiteConfig.defaults());
    }

    @Benchmark
    public String toHtml() {
        return parser.toHtml(body, context);
    }

    private static String resource(String name) {
        try (InputStream in = MarkdownBench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

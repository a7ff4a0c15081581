package dev.colophon.html.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.plugin.FailingPrepare;
import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.spi.TemplateEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TemplateEngine#prepare()}: called once per build, while the site is read, only for an engine safe
 * mode lets take part, and never in the way of the build when it fails.
 */
class PrepareTemplateEngineTest {

    private static Path site(Path dir) throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("_posts"));
        Files.createDirectories(src.resolve("_layouts"));
        Files.writeString(src.resolve("_config.yml"), "title: Prepared\nurl: https://example.org\n");
        Files.writeString(src.resolve("_layouts/post.html"), "<title>{{ page.title }}</title>{{ content }}");
        Files.writeString(src.resolve("_posts/2021-03-26-one.md"), "---\nlayout: post\ntitle: One\n---\nText.\n");
        return src;
    }

    @Test
    void aFailingPrepareLeavesTheBuildAsItWouldBeAndIsCalledOncePerBuild(@TempDir Path dir) throws IOException {
        FailingPrepare engine = new FailingPrepare();
        Colophon colophon = Colophon.builder().plugin(engine).build();
        Path src = site(dir);

        colophon.build(src, dir.resolve("out"), BuildOptions.defaults());
        assertEquals(1, engine.prepared.get());
        engine.called = new CountDownLatch(1);
        colophon.build(src, dir.resolve("out"), BuildOptions.defaults());

        assertEquals(2, engine.prepared.get());
        String page = Files.readString(dir.resolve("out/2021/03/26/one.html"));
        assertTrue(page.startsWith("<title>One</title><p>Text.</p>"), page);
    }

    @Test
    void safeModeChoosesThePluginsBeforeAnyIsPrepared(@TempDir Path dir) throws IOException {
        FailingPrepare engine = new FailingPrepare();
        Colophon colophon = Colophon.builder().plugin(engine).build();

        colophon.build(site(dir), dir.resolve("out"), BuildOptions.defaults().withSafe(true));

        assertEquals(0, engine.prepared.get(), "a plugin safe mode leaves out must not run");
        assertTrue(Files.readString(dir.resolve("out/2021/03/26/one.html")).contains("<title>One</title>"));
    }
}

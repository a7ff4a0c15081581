package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.BuildResult;
import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build tells its progress listener of every output it writes, once each, from several threads. */
class BuildProgressTest {

    @TempDir
    Path temp;

    @Test
    void everyOutputIsReportedOnceWithItsNumberAndTheTotal() {
        TestSite site = TestSite.in(temp).file("_config.yml", "url: https://example.org\n");
        for (int i = 1; i <= 40; i++) {
            site.file(String.format("_posts/2021-01-%02d-post.md", (i % 28) + 1).replace("post", "post-" + i),
                    "---\ntitle: Post " + i + "\n---\nText " + i + ".");
        }
        Set<String> paths = ConcurrentHashMap.newKeySet();
        Set<Integer> numbers = ConcurrentHashMap.newKeySet();
        Set<Integer> totals = ConcurrentHashMap.newKeySet();
        BuildResult result = site.build(TestSite.options().withThreads(4).withProgress((path, done, total) -> {
            paths.add(path);
            numbers.add(done);
            totals.add(total);
        }));
        assertEquals(new TreeSet<>(site.outputs()), new TreeSet<>(paths));
        assertEquals(Set.of(result.files()), totals);
        assertEquals(result.files(), numbers.size());
        assertEquals(List.of(1, result.files()), List.of(new TreeSet<>(numbers).first(), new TreeSet<>(numbers).last()));
    }
}

package dev.colophon.examples;

import dev.colophon.BuildOptions;
import dev.colophon.BuildResult;
import dev.colophon.Colophon;
import dev.colophon.RenderedPage;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.model.Post;
import java.nio.file.Path;

/**
 * Colophon used as a library: build a blog, then render one post in memory.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java}, or with two arguments: the blog's
 * folder and where to write the site.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        Path source = Path.of(args.length > 0 ? args[0] : "examples/blog");
        Path destination = Path.of(args.length > 1 ? args[1] : "examples/target/example-site");

        // One engine, built once: it finds the YAML, Markdown and HTML plugins on the class path, and
        // PostsTxtRenderer too, although nothing here names it.
        Colophon colophon = Colophon.create();

        try {
            BuildResult result = colophon.build(source, destination, BuildOptions.defaults());
            System.out.printf("Built %d posts and %d pages into %s (%d files, %d ms)%n", result.posts(),
                    result.pages(), result.destination(), result.files(), result.elapsed().toMillis());
            System.out.println("Our own renderer wrote " + result.destination().resolve("posts.txt"));
        } catch (BuildFailedException e) {
            e.diagnostics().forEach(System.err::println);
            System.exit(1);
        }

        // Rendering a post that exists only in memory: nothing is read from or written to disk.
        RenderedPage page = colophon.render("_posts/2024-05-01-written-in-memory.md", """
                ---
                title: Written in memory
                tags: [api]
                ---
                This post was never on disk -- it's rendered "in memory".
                """);
        Post post = (Post) page.content();
        System.out.printf("Rendered %s in memory: %d words, %d bytes of HTML, URL %s%n", post.title(),
                post.wordCount(), page.html().length(), post.url());
    }
}

package dev.colophon.internal.pipeline;

import dev.colophon.SiteSource;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.plugin.Plugins;
import dev.colophon.internal.source.SourceKind;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.StaticFile;
import dev.colophon.model.Template;
import dev.colophon.spi.Document;
import dev.colophon.spi.FrontMatterReader;
import dev.colophon.spi.SourceText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * The read stage: a source file's bytes made into what the later stages take — a static file, a post or
 * page with its front matter (a post's body left on disk, and read again when it is converted), a layout or
 * an include. One per build, once the source is settled (safe mode's, the theme layered under the site).
 */
final class SourceFiles {

    private final SiteSource source;
    private final Plugins plugins;
    private final Problems problems;
    private final Stages stages;
    /** The configuration file, for messages that say where a limit is raised. */
    private final String configFile;

    SourceFiles(SiteSource source, Plugins plugins, Problems problems, Stages stages, String configFile) {
        this.source = source;
        this.plugins = plugins;
        this.problems = problems;
        this.stages = stages;
        this.configFile = configFile;
    }

    /** A static file, a {@link SourceFile}, or null when the file was broken (the problem is recorded). */
    Object read(String path, SourceKind kind, Map<String, CollectionSpec> collections,
            boolean optionalFrontMatter, long sizeLimit) {
        try {
            byte[] bytes = source.read(path);
            if (bytes.length > sizeLimit && (kind != SourceKind.OTHER || mayHaveFrontMatter(bytes))) {
                throw new SourceException(new SourcePosition(path, 1, 1), String.format(java.util.Locale.ROOT,
                        "the file is %.1f MB, more than the %d MB a post or page may have", bytes.length / 1048576.0,
                        sizeLimit / 1048576), "split it, or raise " + ConfigReader.CONTENT_SIZE_LIMIT
                        + " (in MB) in " + configFile);
            }
            boolean markdownPage = optionalFrontMatter && kind == SourceKind.OTHER
                    && JekyllPlugins.isOptionalFrontMatterPage(path, plugins::parser);
            if (kind == SourceKind.OTHER && !mayHaveFrontMatter(bytes) && !markdownPage) {
                return new StaticFile(path, path, bytes.length);
            }
            if (kind == SourceKind.DOCUMENT && !mayHaveFrontMatter(bytes)) {
                // A collection's other files are copied (without the folder's underscore) when it writes pages.
                CollectionSpec spec = collections.get(labelOf(path));
                return spec.output() ? new StaticFile(path, path.substring(1), bytes.length) : null;
            }
            String text = Texts.decode(path, bytes);
            Optional<Document> document = frontMatter(path, text);
            if (document.isEmpty()) {
                if (kind == SourceKind.OTHER && !markdownPage) {
                    return new StaticFile(path, path, bytes.length);
                }
                SourceFile page = new SourceFile(path, kind, new Document(FrontMatter.EMPTY, text, 1), extension(path));
                // jekyll-optional-front-matter also keeps the Markdown file itself, unless told to remove it.
                return markdownPage ? List.of(page, new StaticFile(path, path, bytes.length)) : page;
            }
            SourceFile file = new SourceFile(path, kind, document.get(), extension(path));
            return kind == SourceKind.POST || kind == SourceKind.DRAFT ? withoutBody(file, text, bytes) : file;
        } catch (SourceException e) {
            problems.add(e);
            return null;
        } catch (ColophonException e) {
            problems.error(SourcePosition.of(path), e.getMessage(), null);
            return null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.failed(path, "reading", e);
            return null;
        }
    }

    /**
     * A post without its body, which is read again when the post is converted: holding every body from
     * reading to writing would cost a large site its memory. A front matter reader that changed the text
     * around the body (so that it is not the file's end) leaves the body in place.
     */
    private static SourceFile withoutBody(SourceFile file, String text, byte[] bytes) {
        String body = file.document().body();
        int offset = text.length() - body.length();
        if (offset < 0 || !text.startsWith(body, offset)) {
            return file;
        }
        return new SourceFile(file.path(), file.kind(), file.document(), file.extension(),
                new SourceFile.BodyAt(offset, bytes.length, checksum(bytes), body.isBlank())).withoutBody();
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /** Reads a post's body again, as {@link #withoutBody} left it out; the body itself when it was kept. */
    Supplier<String> bodyOf(SourceFile file) {
        SourceFile.BodyAt at = file.body();
        if (at == null) {
            String body = file.document().body();
            return () -> body;
        }
        String path = file.path();
        SiteSource from = source;
        return () -> stages.time(Stages.READING, () -> {
            byte[] bytes;
            try {
                bytes = from.read(path);
            } catch (ColophonException e) {
                throw new SourceException(SourcePosition.of(path), e.getMessage(), "build again");
            }
            if (bytes.length != at.size() || checksum(bytes) != at.checksum()) {
                throw new SourceException(SourcePosition.of(path), "the file changed while the site was being built",
                        "build again");
            }
            return Texts.decode(path, bytes).substring(at.offset());
        });
    }

    /**
     * Whether the file may start with front matter a reader takes: YAML's {@code ---}, TOML's {@code +++},
     * or a JSON object's {@code {} (the JSON reader takes only Markdown and HTML files that start with one).
     */
    private static boolean mayHaveFrontMatter(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        return bytes.length >= start + 2 && (bytes[start] == '-' || bytes[start] == '+' || bytes[start] == '{');
    }

    Optional<Document> frontMatter(String path, String text) {
        SourceText sourceText = new SourceText(path, text);
        for (FrontMatterReader reader : plugins.frontMatterReaders()) {
            Optional<Document> document = reader.read(sourceText);
            if (document.isPresent()) {
                return document;
            }
        }
        return Optional.empty();
    }

    /** The layouts or includes at {@code paths}, by name: the path below {@code folder}, without its extension if asked. */
    Map<String, Template> templates(List<String> paths, String folder, boolean stripExtension) {
        Map<String, Template> out = new LinkedHashMap<>();
        if (paths == null) {
            return out;
        }
        for (String path : paths) {
            try {
                String text = Texts.decode(path, source.read(path));
                Document document = frontMatter(path, text).orElse(new Document(FrontMatter.EMPTY, text, 1));
                String name = path.substring(folder.length());
                if (stripExtension && name.lastIndexOf('.') > 0) {
                    name = name.substring(0, name.lastIndexOf('.'));
                }
                out.put(name, new Template(name, path, document.frontMatter(), document.body(), document.bodyLine()));
            } catch (SourceException e) {
                problems.add(e);
            }
        }
        return out;
    }


    /** The label of the collection a document is in: {@code _recipes/pie.md} is in {@code recipes}. */
    static String labelOf(String documentPath) {
        return documentPath.substring(1, documentPath.indexOf('/'));
    }

    /** A file's extension, lower case, without the dot; empty when it has none. */
    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

package dev.colophon.frontmatter;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.FrontMatter;
import dev.colophon.spi.Document;
import dev.colophon.spi.FrontMatterReader;
import dev.colophon.spi.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads Hugo's TOML front matter: a block between {@code +++} lines at the very start of a file.
 *
 * <pre>{@code
 * +++
 * title = "Hello"
 * date = 2021-03-26T09:30:00+01:00
 * tags = ["java"]
 * +++
 * The body.
 * }</pre>
 *
 * <p>Values come out as the YAML reader's do; TOML's dates and times, quoted or not, are text, which the
 * pipeline parses as it parses YAML's ({@code 2021-03-26 09:30:00Z} comes as {@code 2021-03-26T09:30:00Z}).
 *
 * <p>Stateless, so one instance serves every thread.
 */
@AutoService(FrontMatterReader.class)
public final class TomlFrontMatterReader implements FrontMatterReader {

    private static final String SYNTAX_HINT = "check the TOML syntax of the front matter: one 'key = value' per"
            + " line, text in \"double quotes\" (or 'single' ones to keep backslashes)";

    /** A line that starts like YAML's {@code key: value}, which TOML never has. */
    private static final Pattern YAML_LIKE = Pattern.compile("\\s*[A-Za-z0-9_-]+:(?:\\s|$)");

    public TomlFrontMatterReader() {
        // Found by ServiceLoader, which needs a public no-arg constructor.
    }

    @Override
    public String id() {
        return "toml";
    }

    /** As the YAML and JSON readers: each recognises only its own first line, so none takes another's file. */
    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Document> read(SourceText source) {
        return FrontMatterBlock.find(source.path(), source.text(), FrontMatterBlock.Fence.TOML)
                .map(block -> new Document(frontMatter(source.path(), block), block.body(), block.bodyLine()));
    }

    private static FrontMatter frontMatter(String path, FrontMatterBlock block) {
        Map<String, Object> values;
        try (JsonParser parser = Lazy.FACTORY.createParser(block.content())) {
            parser.nextToken();
            values = TokenValues.object(parser, (key, at) -> { });
        } catch (JsonProcessingException e) {
            throw error(path, block, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String is read without I/O
        }
        if (values.isEmpty()) {
            return FrontMatter.EMPTY;
        }
        return new FrontMatter(values, TomlKeyLines.of(block.content(), block.contentLine()));
    }

    private static SourceException error(String path, FrontMatterBlock block, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr(); // in the block
        SourcePosition position = new SourcePosition(path, block.contentLine() + line - 1,
                at == null ? 1 : Math.max(1, at.getColumnNr()));
        String message = TokenValues.message(e);
        if (e instanceof TokenValues.TooDeep) {
            return new SourceException(position, TokenValues.TooDeep.MESSAGE, TokenValues.TooDeep.HINT, e);
        }
        String[] lines = block.content().split("\n", -1);
        if (message.equals("Duplicate key")) {
            // Jackson notices after reading the value, standing at the next token: the key is above.
            int keyLine = TomlKeyLines.keyLineBefore(lines, line - 1);
            if (keyLine >= 0) {
                String key = TomlKeyLines.keyText(lines[keyLine]);
                int column = lines[keyLine].length() - lines[keyLine].stripLeading().length() + 1;
                return new SourceException(new SourcePosition(path, block.contentLine() + keyLine, column),
                        "duplicate key '" + key + "'", "keep one of the two", e);
            }
            return new SourceException(position, "duplicate key", "keep one of the two", e);
        }
        if (message.equals("Premature end of file")) {
            return new SourceException(position, "the TOML ends inside a value",
                    "close every array '[', inline table '{' and string", e);
        }
        if (line <= lines.length && YAML_LIKE.matcher(lines[line - 1]).lookingAt()) {
            return new SourceException(position, "this is YAML, but '+++' starts TOML front matter",
                    "write 'key = \"value\"', or put YAML between '---' lines", e);
        }
        return new SourceException(position, "malformed TOML: " + lowerFirst(message), SYNTAX_HINT, e);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Made on first use: most sites have no TOML front matter, and a cold factory costs start-up time. */
    private static final class Lazy {
        static final TomlFactory FACTORY = new TomlFactory();
    }
}

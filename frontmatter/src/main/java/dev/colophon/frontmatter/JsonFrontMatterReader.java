package dev.colophon.frontmatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.FrontMatter;
import dev.colophon.spi.Document;
import dev.colophon.spi.FrontMatterReader;
import dev.colophon.spi.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Hugo's JSON front matter: a JSON object at the very start of a Markdown or HTML file, then the body.
 *
 * <pre>{@code
 * {
 *   "title": "Hello",
 *   "date": "2021-03-26T09:30:00+01:00",
 *   "tags": ["java"]
 * }
 * The body.
 * }</pre>
 *
 * <p>The file must start with <code>{"</code> or <code>{}</code> (white space between them allowed), or with a
 * line holding only <code>{</code>: Liquid's <code>{{</code> and <code>{%</code> stay body text. Only
 * Markdown and HTML files are read, never {@code .json} or other files that are JSON themselves. The body
 * starts after the object's closing brace, on the next line when the rest of its line is blank.
 *
 * <p>Stateless, so one instance serves every thread.
 */
@AutoService(FrontMatterReader.class)
public final class JsonFrontMatterReader implements FrontMatterReader {

    /** Jekyll's Markdown extensions and HTML: the files Hugo reads front matter from that Colophon converts. */
    static final Set<String> FILE_EXTENSIONS = Set.of("md", "markdown", "mkdown", "mkdn", "mkd", "html", "htm");

    private static final String SYNTAX_HINT = "check the JSON syntax of the front matter: keys and strings in"
            + " double quotes, a comma between entries and none after the last";

    public JsonFrontMatterReader() {
        // Found by ServiceLoader, which needs a public no-arg constructor.
    }

    @Override
    public String id() {
        return "json";
    }

    /** As the YAML and TOML readers: each recognises only its own first line, so none takes another's file. */
    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Document> read(SourceText source) {
        String text = SafeYaml.withoutBom(source.text());
        if (!startsWithObject(text) || !FILE_EXTENSIONS.contains(extension(source.path()))) {
            return Optional.empty();
        }
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        try (JsonParser parser = Lazy.FACTORY.createParser(text)) {
            parser.nextToken();
            Map<String, Object> values = TokenValues.object(parser,
                    (key, at) -> keyLines.putIfAbsent(key, at.getLineNr()));
            JsonLocation end = parser.currentTokenLocation();
            FrontMatter frontMatter = values.isEmpty() ? FrontMatter.EMPTY : new FrontMatter(values, keyLines);
            return Optional.of(document(frontMatter, text, (int) end.getCharOffset() + 1, end.getLineNr()));
        } catch (JsonEOFException e) {
            throw new SourceException(new SourcePosition(source.path(), 1, 1), "front matter is not closed",
                    "end the JSON object with a '}' that matches the '{' on line 1, and close every string", e);
        } catch (JsonProcessingException e) {
            throw error(source.path(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String is read without I/O
        }
    }

    /** Whether the text opens a JSON object: <code>{"</code>, <code>{}</code>, or a line that is only <code>{</code>. */
    static boolean startsWithObject(String text) {
        if (!text.startsWith("{")) {
            return false;
        }
        int i = 1;
        boolean lineEnded = false;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            lineEnded |= text.charAt(i) == '\n';
            i++;
        }
        return lineEnded || i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '}');
    }

    /** The body after the closing brace at {@code offset}: from the next line when the rest of the line is blank. */
    private static Document document(FrontMatter frontMatter, String text, int offset, int closingLine) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return new Document(frontMatter, "", closingLine);
        }
        if (text.charAt(i) == '\n') {
            return new Document(frontMatter, text.substring(i + 1), closingLine + 1);
        }
        return new Document(frontMatter, text.substring(offset), closingLine);
    }

    private static SourceException error(String path, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        SourcePosition position = at == null || at.getLineNr() < 1 ? new SourcePosition(path, 1, 1)
                : new SourcePosition(path, at.getLineNr(), Math.max(0, at.getColumnNr()));
        if (e instanceof TokenValues.TooDeep) {
            return new SourceException(position, TokenValues.TooDeep.MESSAGE, TokenValues.TooDeep.HINT, e);
        }
        String message = TokenValues.message(e);
        if (message.startsWith("Duplicate field ")) {
            return new SourceException(position, "duplicate key " + message.substring("Duplicate field ".length()),
                    "keep one of the two", e);
        }
        return new SourceException(position, "malformed JSON: " + message, SYNTAX_HINT, e);
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Made on first use: most sites have no JSON front matter, and a cold factory costs start-up time. */
    private static final class Lazy {
        static final JsonFactory FACTORY = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}

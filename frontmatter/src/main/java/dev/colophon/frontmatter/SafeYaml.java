package dev.colophon.frontmatter;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML text into a SnakeYAML node tree under strict limits, turning every SnakeYAML error into a
 * {@link SourceException} placed in the file.
 *
 * <p>Only the composer runs: no SnakeYAML constructor is ever used, so no tag can create an object.
 * {@link NodeConverter} then turns the nodes into plain values and rejects tags it does not know.
 */
final class SafeYaml {

    /**
     * The tag given to plain scalars without a tag, which {@link NodeConverter} converts by its own rules.
     * It is compared by identity: a tag written in the YAML is always a new instance, so none can pass for
     * it.
     */
    static final Tag PLAIN = new Tag("tag:colophon.dev,2024:plain");

    /** Front matter and configuration: what a person writes by hand. */
    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    /**
     * A data file: often exported (a publications list of 60,000 records is 4 MB), so the limit is one on
     * memory, not on what a site may hold. Its cost is linear in its size: the alias and nesting limits, which
     * stay, are what stop a small file from growing ("billion laughs").
     */
    static final int MAX_DATA_CODE_POINTS = 64 * 1024 * 1024;
    static final int MAX_NESTING = 50;
    static final int MAX_COLLECTION_ALIASES = 50;

    private SafeYaml() {
    }

    /** Removes a UTF-8 byte order mark the caller left at the start of the text. */
    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Composes the single YAML document in {@code yaml}.
     *
     * @return the root node, or {@code null} when the text holds no document (empty or only comments)
     * @throws SourceException when the YAML is malformed or exceeds a limit
     */
    static Node compose(YamlText yaml) {
        return compose(yaml, MAX_CODE_POINTS);
    }

    /** Composes a YAML document of at most {@code maxCodePoints} characters (see {@link #MAX_DATA_CODE_POINTS}). */
    static Node compose(YamlText yaml, int maxCodePoints) {
        String text = yaml.text();
        String limitsHint = "keep YAML under " + maxCodePoints / (1024 * 1024) + " MiB, " + MAX_NESTING
                + " levels of nesting and " + MAX_COLLECTION_ALIASES + " aliases of lists or mappings";
        // SnakeYAML checks its limit only between tokens, so one huge scalar would be scanned (slowly) first.
        if (text.length() > maxCodePoints && text.codePointCount(0, text.length()) > maxCodePoints) {
            throw new SourceException(yaml.start(),
                    "the YAML is longer than the limit of " + maxCodePoints + " characters", limitsHint);
        }
        LoaderOptions options = options(maxCodePoints);
        try {
            StreamReader reader = new StreamReader(text);
            return new Composer(new ParserImpl(reader, options), new PlainResolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? yaml.start() : yaml.at(mark);
            if (String.valueOf(e.getProblem()).contains("\\t(TAB)")) {
                throw new SourceException(at, "a tab character indents this line, and YAML allows only spaces",
                        "indent with spaces", e);
            }
            throw new SourceException(at, message(e), "check the YAML syntax of " + yaml.what(), e);
        } catch (ReaderException e) {
            String message = String.format("the character U+%04X is not allowed in YAML", e.getCodePoint());
            throw new SourceException(yaml.atCodePoint(e.getPosition()), message,
                    "remove it, or write it as an escape in a double-quoted string", e);
        } catch (YAMLException e) {
            // The unplaced errors are the limits: size, nesting depth and aliases.
            String message = String.valueOf(e.getMessage()).startsWith("Number of aliases")
                    ? "more than " + MAX_COLLECTION_ALIASES + " aliases of lists or mappings, as in a YAML"
                            + " \"billion laughs\" bomb" : sentence(e.getMessage());
            throw new SourceException(yaml.start(), message, limitsHint, e);
        } catch (RuntimeException e) {
            // SnakeYAML's own argument checks can still trip on odd input, e.g. a tag "!<%20x>" of escaped
            // spaces; only SnakeYAML runs here, so the input is at fault.
            throw new SourceException(yaml.start(), "malformed YAML: " + sentence(e.getMessage()),
                    "check the YAML syntax of " + yaml.what(), e);
        }
    }

    private static LoaderOptions options(int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        // Duplicate and recursive keys are also checked by NodeConverter, which does the construction;
        // they are set here so the options say what this loader accepts.
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setCodePointLimit(maxCodePoints);
        options.setNestingDepthLimit(MAX_NESTING);
        // Let every tag through composition, which only records it on the node: NodeConverter rejects
        // unknown tags with the tag as written, where SnakeYAML's check would only catch some of them.
        options.setTagInspector(tag -> true);
        return options;
    }

    /** SnakeYAML's problem, with its context when the context is a statement and not a "while ...". */
    private static String message(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext();
        if (context != null && !context.startsWith("while ")) {
            problem = context + " " + problem;
        }
        return sentence(problem);
    }

    /** One line without a trailing period, as diagnostics want. */
    private static String sentence(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", " ");
        line = line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
        return line.isEmpty() ? "malformed YAML" : line;
    }

    /**
     * Resolves no implicit types: plain untagged scalars get {@link #PLAIN}, everything else the generic
     * string, sequence or mapping tag. This is what keeps dates and {@code yes}/{@code no} as written.
     */
    private static final class PlainResolver extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            // None: NodeConverter decides what a plain scalar is.
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            return kind == NodeId.scalar && implicit ? PLAIN : super.resolve(kind, value, false);
        }
    }
}

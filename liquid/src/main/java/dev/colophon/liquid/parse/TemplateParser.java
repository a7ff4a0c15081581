package dev.colophon.liquid.parse;

import dev.colophon.liquid.BodyNode;
import dev.colophon.liquid.ErrorMode;
import dev.colophon.liquid.Liquid;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.Tag;
import dev.colophon.liquid.TagInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a template into nodes as Ruby Liquid's BlockBody does: text, outputs and tags in order; a
 * {@code -} inside a delimiter strips the white space beside it; a tag a block does not know ends that
 * block's body and is handed to the block ({@code else}, {@code endif}). One parser per template; not
 * thread-safe, and not needed after parsing.
 */
public final class TemplateParser {

    static final Pattern FULL_TOKEN = Pattern.compile("\\A\\{%-?(\\s*)(#|\\w+)(\\s*)(.*?)-?%}\\z",
            Pattern.DOTALL);
    private static final Pattern CONTENT_OF_VARIABLE = Pattern.compile("\\A\\{\\{-?(.*?)-?}}\\z", Pattern.DOTALL);
    static final Pattern LIQUID_TAG_TOKEN = Pattern.compile("\\A\\s*(#|\\w+)\\s*(.*?)\\z", Pattern.DOTALL);
    /** A token that may end a raw block: {@code {% endraw %}} with anything before it. */
    static final Pattern RAW_END = Pattern.compile("\\A(.*)\\{%-?\\s*(\\w+)\\s*(.*)?-?%}\\z", Pattern.DOTALL);
    /** Nesting of blocks while parsing, as Ruby Liquid's MAX_DEPTH. */
    private static final int MAX_DEPTH = 100;

    final Liquid engine;
    final String name;
    final ErrorMode mode;
    final Consumer<LiquidException> warnings;
    Tokens tokens;
    boolean trimNext;
    private int depth;
    Token current;

    public TemplateParser(Liquid engine, String name, ErrorMode mode, Consumer<LiquidException> warnings) {
        this.engine = engine;
        this.name = name;
        this.mode = mode;
        this.warnings = warnings;
    }

    /** Parses a whole template. */
    public BodyNode parse(String source) {
        tokens = new TextTokens(source);
        TagInput.Body body = body(Set.of());
        if (body.delimiter() != null) {
            throw outerTag(body.delimiter());
        }
        return body.node();
    }

    private LiquidException outerTag(String tag) {
        if (tag.equals("else") || tag.startsWith("end") || tag.equals("elsif") || tag.equals("when")) {
            return error(current, "Unexpected outer '" + tag + "' tag");
        }
        return error(current, "Unknown tag '" + tag + "'");
    }

    /**
     * Reads a body up to one of {@code delimiters}, or a tag that is neither registered nor the engine's
     * fallback's; returns it with that tag's name, or with null at the end of the tokens. The caller says
     * whether that tag may end it.
     */
    TagInput.Body body(Set<String> delimiters) {
        if (depth >= MAX_DEPTH) {
            throw error(current, "Nesting too deep");
        }
        depth++;
        try {
            return tokens.lines() ? lineBody(delimiters) : textBody(delimiters);
        } finally {
            depth--;
        }
    }

    private TagInput.Body textBody(Set<String> delimiters) {
        List<Node> nodes = new ArrayList<>();
        boolean blank = true;
        Token token;
        while ((token = tokens.next()) != null) {
            String text = token.text();
            if (text.isEmpty()) {
                continue;
            }
            switch (token.kind()) {
                case TAG: {
                    current = token;
                    trim(nodes, text);
                    Matcher m = FULL_TOKEN.matcher(text);
                    if (!m.matches()) {
                        throw error(token, "Tag '" + text + "' was not properly terminated with regexp: /\\%\\}/");
                    }
                    String tagName = m.group(2);
                    String markup = m.group(4);
                    int markupLine = token.line() + count(m.group(1)) + count(m.group(3));
                    if (tagName.equals("liquid")) {
                        blank &= liquidTag(markup, markupLine, token.column(), nodes);
                        continue;
                    }
                    Tag tag = tag(tagName, delimiters);
                    if (tag == null) {
                        return new TagInput.Body(new BodyNode(nodes, blank), blank, tagName, markup);
                    }
                    Node node = parseTag(tag, tagName, markup, token);
                    blank &= node.blank();
                    nodes.add(node);
                    break;
                }
                case OUTPUT: {
                    current = token;
                    trim(nodes, text);
                    Matcher m = CONTENT_OF_VARIABLE.matcher(text);
                    if (!m.matches()) {
                        throw error(token, "Variable '" + text + "' was not properly terminated with regexp: /\\}\\}/");
                    }
                    nodes.add(output(m.group(1), token));
                    blank = false;
                    break;
                }
                default: {
                    if (trimNext) {
                        text = lstrip(text);
                    }
                    trimNext = false;
                    nodes.add(new BodyNode.TextNode(text));
                    blank &= text.isBlank();
                }
            }
        }
        return new TagInput.Body(new BodyNode(nodes, blank), blank, null, null);
    }

    private TagInput.Body lineBody(Set<String> delimiters) {
        List<Node> nodes = new ArrayList<>();
        boolean blank = true;
        Token token;
        while ((token = tokens.next()) != null) {
            String text = token.text();
            if (text.isBlank()) {
                continue;
            }
            current = token;
            Matcher m = LIQUID_TAG_TOKEN.matcher(text);
            if (!m.matches()) {
                return new TagInput.Body(new BodyNode(nodes, blank), blank, text, text);
            }
            String tagName = m.group(1);
            if (tagName.equals("liquid")) {
                blank &= liquidTag(m.group(2), token.line(), token.column(), nodes);
                continue;
            }
            Tag tag = tag(tagName, delimiters);
            if (tag == null) {
                return new TagInput.Body(new BodyNode(nodes, blank), blank, tagName, m.group(2));
            }
            Node node = parseTag(tag, tagName, m.group(2), token);
            blank &= node.blank();
            nodes.add(node);
        }
        return new TagInput.Body(new BodyNode(nodes, blank), blank, null, null);
    }

    /**
     * {@code {% liquid %}}: each line of its markup a tag, their nodes added to {@code nodes}; returns
     * whether they are all blank. Its blocks must close within it.
     */
    private boolean liquidTag(String markup, int line, int column, List<Node> nodes) {
        Tokens outer = tokens;
        tokens = new LineTokens(markup, line, column);
        try {
            TagInput.Body lines = lineBody(Set.of());
            if (lines.delimiter() != null) {
                throw error(current, unknownInLiquidTag(lines.delimiter()));
            }
            nodes.addAll(lines.node().nodes());
            return lines.blank();
        } finally {
            tokens = outer;
        }
    }

    /** The tag of this name; the engine's fallback for a name that is neither a tag nor a delimiter here. */
    private Tag tag(String tagName, Set<String> delimiters) {
        Tag tag = engine.tag(tagName);
        if (tag == null && !delimiters.contains(tagName) && !delimiterOfKnownBlock(tagName)) {
            tag = engine.unknownTag();
        }
        return tag;
    }

    /** {@code else}, {@code endif} ...: out of place, a syntax error, never a tag the fallback could take. */
    private boolean delimiterOfKnownBlock(String tagName) {
        return tagName.equals("else") || tagName.equals("elsif") || tagName.equals("when")
                || tagName.startsWith("end") && engine.tag(tagName.substring(3)) != null;
    }

    private static String unknownInLiquidTag(String tag) {
        if (tag.equals("else")) {
            return "Unexpected else in liquid";
        }
        if (tag.startsWith("end")) {
            return "'" + tag + "' is not a valid delimiter for liquid tags. use %}";
        }
        return "Unknown tag '" + tag + "'";
    }

    private Node parseTag(Tag tag, String tagName, String markup, Token token) {
        TagParsing input = new TagParsing(this, tagName, markup, token);
        try {
            Node node = tag.parse(input);
            return new Placed.TagNode(node, name, token.line(), token.column());
        } catch (LiquidException e) {
            throw e.at(name, token.line(), token.column());
        } catch (StackOverflowError e) {
            throw tooDeep(token);
        }
    }

    /**
     * Markup that overflowed the stack while read: brackets nested thousands deep, or thousands of words
     * that Java's regular expressions match one recursion each.
     */
    private LiquidException tooDeep(Token token) {
        return new LiquidException(LiquidException.Kind.SYNTAX, TOO_DEEP, name, token.line(), token.column(), null);
    }

    /** The message of {@link #tooDeep}. */
    public static final String TOO_DEEP = "the markup here nests too deep or is too long to be read";

    private Node output(String markup, Token token) {
        try {
            Output output = Output.parse(markup, mode, w -> warnings.accept(w.at(name, token.line(), token.column())));
            checkFilters(output, token);
            return new Placed.OutputNode(output, name, token.line(), token.column());
        } catch (LiquidException e) {
            throw e.at(name, token.line(), token.column());
        } catch (StackOverflowError e) {
            throw tooDeep(token);
        }
    }

    /** Warns of filters the engine does not have: they pass their input through, or fail a strict render. */
    void checkFilters(Output output, Token token) {
        for (String filter : output.filterNames()) {
            if (engine.filter(filter) == null) {
                int[] at = place(token, filterOffset(token.text(), filter));
                warnings.accept(new LiquidException(LiquidException.Kind.UNDEFINED_FILTER, "undefined filter " + filter,
                        name, at[0], at[1], null));
            }
        }
    }

    /** Where {@code | name} is in a token's text, at the name; 0 when it cannot be found. */
    private static int filterOffset(String text, String filter) {
        Matcher m = Pattern.compile("\\|\\s*(" + Pattern.quote(filter) + ")\\b").matcher(text);
        return m.find() ? m.start(1) : 0;
    }

    /** The line and column of a character of a token. */
    static int[] place(Token token, int offset) {
        int line = token.line();
        int column = token.column();
        for (int i = 0; i < offset; i++) {
            if (token.text().charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** The white space handling of a {@code -} in a delimiter, as Ruby Liquid's whitespace_handler. */
    private void trim(List<Node> nodes, String token) {
        if (token.length() > 2 && token.charAt(2) == '-' && !nodes.isEmpty()
                && nodes.get(nodes.size() - 1) instanceof BodyNode.TextNode text) {
            nodes.set(nodes.size() - 1, new BodyNode.TextNode(rstrip(text.text())));
        }
        trimNext = token.length() >= 3 && token.charAt(token.length() - 3) == '-';
    }

    private static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && (Lexer.isSpace(s.charAt(i)) || s.charAt(i) == 0)) {
            i++;
        }
        return s.substring(i);
    }

    private static String rstrip(String s) {
        int i = s.length();
        while (i > 0 && (Lexer.isSpace(s.charAt(i - 1)) || s.charAt(i - 1) == 0)) {
            i--;
        }
        return s.substring(0, i);
    }

    private static int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    LiquidException error(Token token, String detail) {
        int line = token == null ? tokens.line() : token.line();
        int column = token == null ? 1 : token.column();
        return new LiquidException(LiquidException.Kind.SYNTAX, detail, name, line, column, null);
    }
}

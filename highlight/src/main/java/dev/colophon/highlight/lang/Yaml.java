package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.LexRun;
import dev.colophon.highlight.lexer.RegexLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * Rouge's {@code yaml} lexer ({@code yml}; rouge/lexers/yaml.rb). Block structure is tracked with a
 * stack of indentation levels per run, exactly as Rouge's {@code save_indent}/{@code set_indent} do,
 * quirks included (a block scalar header of {@code -2} really lowers the expected indentation).
 */
public final class Yaml {

    private Yaml() {
    }

    /** Rouge's @indent_stack, @next_indent and @block_scalar_indent. */
    private static final class Indents {
        final List<Integer> stack = new ArrayList<>(List.of(0));
        int next;
        Integer blockScalar;

        void reset() {
            stack.clear();
            stack.add(0);
            next = 0;
            blockScalar = null;
        }

        int indent() {
            return stack.get(stack.size() - 1);
        }

        /** Saves a possible indentation level; returns the text and the part that dedents too far (an error). */
        String[] save(String match) {
            next = match.length();
            if (next < indent()) {
                while (next < indent()) {
                    stack.remove(stack.size() - 1);
                }
                // dedenting to a level not indented to before is an error
                return new String[] {match.substring(0, indent()), match.substring(indent())};
            }
            return new String[] {match, ""};
        }

        void continueIndent(String match) {
            next += match.length();
        }

        void set(String match, boolean implicit) {
            if (indent() < next) {
                stack.add(next);
            }
            if (!implicit) {
                next += match.length();
            }
        }
    }

    private static Indents indents(LexRun r) {
        return r.data();
    }

    /** Ruby's String#to_i: an optional sign and the digits after it, 0 without digits. */
    private static int toI(String s) {
        int i = 0;
        int sign = 1;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            sign = s.charAt(i) == '-' ? -1 : 1;
            i++;
        }
        int value = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            value = value * 10 + (s.charAt(i) - '0');
            i++;
        }
        return sign * value;
    }

    /** Ruby's {@code s[0...n]}: a negative n counts from the end. */
    private static String head(String s, int n) {
        int end = n < 0 ? s.length() + n : Math.min(n, s.length());
        return end <= 0 ? "" : s.substring(0, end);
    }

    /** Ruby's {@code s[n..-1]}: nil past the end, a negative n counts from the end. */
    private static String tail(String s, int n) {
        int start = n < 0 ? s.length() + n : n;
        return start < 0 || start > s.length() ? null : s.substring(start);
    }

    // Ruby's \v is the vertical tab only (Java's is a class), hence \x0B
    private static final String PLAIN_SCALAR_START = "[^ \\t\\n\\r\\f\\x0B?:,\\[\\]{}#&*!|>'\"%@`]";

    public static final RegexLexer LEXER = RegexLexer.builder("yaml")
            .start(r -> r.data(new Indents()))
            .state("basic", s -> s.rule("#.*$", COMMENT_SINGLE))
            .state("root", s -> s
                    .mixin("basic")
                    .rule("\\n+", TEXT)
                    // trailing or pre-comment whitespace
                    .rule("[ ]+(?=#|$)", TEXT)
                    .rule("^%YAML\\b", r -> {
                        r.token(NAME_TAG);
                        indents(r).reset();
                        r.push("yaml_directive");
                    })
                    .rule("^%TAG\\b", r -> {
                        r.token(NAME_TAG);
                        indents(r).reset();
                        r.push("tag_directive");
                    })
                    // document start and end
                    .rule("^(?:---|\\.\\.\\.)(?= |$)", r -> {
                        r.token(NAME_NAMESPACE);
                        indents(r).reset();
                        r.push("block_line");
                    })
                    // indentation
                    .rule("[ ]*(?!\\s|$)", r -> {
                        String[] parts = indents(r).save(r.match());
                        r.token(TEXT, parts[0]);
                        r.token(ERROR, parts[1]);
                        r.push("block_line");
                        r.push("indentation");
                    }))
            .state("indentation", s -> s
                    .rule("\\s*?\\n", r -> {
                        r.token(TEXT);
                        r.pop(2);
                    })
                    // whitespace before block collection indicators
                    .rule("[ ]+(?=[-:?](?:[ ]|$))", r -> {
                        r.token(TEXT);
                        indents(r).continueIndent(r.match());
                    })
                    // block collection indicators
                    .rule("[?:-](?=[ ]|$)", r -> {
                        indents(r).set(r.match(), false);
                        r.token(PUNCTUATION_INDICATOR);
                    })
                    // the beginning of a block line
                    .rule("[ ]*", r -> {
                        r.token(TEXT);
                        indents(r).continueIndent(r.match());
                        r.pop();
                    }))
            // an indented line in the block context
            .state("block_line", s -> s
                    .rule("[ ]*(?=#|$)", TEXT, POP) // line end
                    .rule("[ ]+", TEXT)
                    .mixin("descriptors") // tags, anchors and aliases
                    .mixin("block_nodes") // block collections and scalars
                    .mixin("flow_nodes") // flow collections and quoted scalars
                    // a plain scalar
                    .rule("(?=" + PLAIN_SCALAR_START + "|[?:-][^ \\t\\n\\r\\f\\x0B])", r -> r.push("plain_scalar_in_block_context")))
            .state("descriptors", s -> s
                    // a full-form tag
                    .rule("!<[0-9A-Za-z;/?:@&=+$,_.!~*'()\\[\\]%-]+>", KEYWORD_TYPE)
                    // a tag as '!', '!suffix' or '!handle!suffix'
                    .rule("(?:![\\w-]+)?!(?:[\\w;/?:@&=+$,.!~*'()\\[\\]%-]*)", KEYWORD_TYPE)
                    // an anchor
                    .rule("&[\\p{L}\\p{Nl}\\p{Nd}_-]+", NAME_LABEL)
                    // an alias
                    .rule("\\*[\\p{L}\\p{Nl}\\p{Nd}_-]+", NAME_VARIABLE))
            .state("block_nodes", s -> s
                    // implicit key
                    .rule("([^#,:?\\[\\]{}\"'\\n]+)(:)(?=\\s|$)", r -> {
                        r.groups(NAME_ATTRIBUTE, PUNCTUATION_INDICATOR);
                        indents(r).set(r.match(), true);
                    })
                    // literal and folded scalars
                    .rule("[|>][+-]?", r -> {
                        r.token(PUNCTUATION_INDICATOR);
                        r.push("block_scalar_content");
                        r.push("block_scalar_header");
                    }))
            .state("flow_nodes", s -> s
                    .rule("\\[", PUNCTUATION_INDICATOR, "flow_sequence")
                    .rule("\\{", PUNCTUATION_INDICATOR, "flow_mapping")
                    .rule("'", STR_SINGLE, "single_quoted_scalar")
                    .rule("\"", STR_DOUBLE, "double_quoted_scalar"))
            .state("flow_collection", s -> s
                    .rule("\\s+", TEXT)
                    .mixin("basic")
                    .rule("[?:,]", PUNCTUATION_INDICATOR)
                    .mixin("descriptors")
                    .mixin("flow_nodes")
                    .rule("(?=" + PLAIN_SCALAR_START + ")", r -> r.push("plain_scalar_in_flow_context")))
            .state("flow_sequence", s -> s
                    .rule("\\]", PUNCTUATION_INDICATOR, POP)
                    .mixin("flow_collection"))
            .state("flow_mapping", s -> s
                    .rule("\\}", PUNCTUATION_INDICATOR, POP)
                    .mixin("flow_collection"))
            .state("block_scalar_content", s -> s
                    .rule("\\n+", TEXT)
                    // empty lines never dedent, but may be part of the scalar
                    .rule("^[ ]+$", r -> {
                        String text = r.match();
                        Integer scalar = indents(r).blockScalar;
                        int mark = scalar != null ? scalar : text.length();
                        r.token(TEXT, head(text, mark));
                        r.token(NAME_CONSTANT, tail(text, mark));
                    })
                    .rule("^[ ]*", r -> {
                        r.token(TEXT);
                        Indents in = indents(r);
                        int size = r.match().length();
                        int dedentLevel = in.blockScalar != null ? in.blockScalar : in.indent();
                        if (in.blockScalar == null) {
                            in.blockScalar = size;
                        }
                        if (size < dedentLevel) {
                            in.save(r.match());
                            r.pop();
                            r.push("indentation");
                        }
                    })
                    .rule("[^\\n\\r\\f\\x0B]+", STR))
            .state("block_scalar_header", s -> s
                    // optional indentation indicator and chomping flag, in either order
                    .rule("(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)", r -> {
                        Indents in = indents(r);
                        in.blockScalar = null;
                        r.go("ignored_line");
                        if (r.match().isEmpty()) {
                            return;
                        }
                        // Rouge: increment = m[1] || m[2], and m[1] is the whole indicator
                        in.blockScalar = in.indent() + toI(r.group(1));
                        r.token(PUNCTUATION_INDICATOR);
                    }))
            .state("ignored_line", s -> s
                    .mixin("basic")
                    .rule("[ ]+", TEXT)
                    .rule("\\n", TEXT, POP))
            .state("quoted_scalar_whitespaces", s -> s
                    // leading and trailing whitespace is ignored
                    .rule("^[ ]+", TEXT)
                    .rule("[ ]+$", TEXT)
                    .rule("\\n+", TEXT)
                    .rule("[ ]+", NAME_VARIABLE))
            .state("single_quoted_scalar", s -> s
                    .mixin("quoted_scalar_whitespaces")
                    .rule("\\\\'", STR_ESCAPE)
                    .rule("'", STR, POP)
                    .rule("[^\\s']+", STR))
            .state("double_quoted_scalar", s -> s
                    .rule("\"", STR, POP)
                    .mixin("quoted_scalar_whitespaces")
                    // escapes
                    .rule("\\\\[0abt\\tn\\nvfre \"\\\\N_LP]", STR_ESCAPE)
                    .rule("\\\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", STR_ESCAPE)
                    .rule("[^ \\t\\n\\r\\f\\x0B\"\\\\]+", STR))
            .state("plain_scalar_in_block_context_new_line", s -> s
                    .rule("^[ ]+\\n", TEXT)
                    .rule("\\n+", TEXT)
                    .rule("^(?=---|\\.\\.\\.)", r -> r.pop(3))
                    // dedent detection
                    .rule("^[ ]*", r -> {
                        r.token(TEXT);
                        r.pop();
                        Indents in = indents(r);
                        // a dedent ends the scalar
                        if (r.match().length() <= in.indent()) {
                            r.pop();
                            in.save(r.match());
                            r.push("indentation");
                        }
                    }))
            .state("plain_scalar_in_block_context", s -> s
                    // the : indicator ends a scalar
                    .rule("[ ]*(?=:[ \\n]|:$)", TEXT, POP)
                    .rule("[ ]*:\\S+", STR)
                    .rule("[ ]+(?=#)", TEXT, POP)
                    .rule("[ ]+$", TEXT)
                    // new documents or dedents at a new line
                    .rule("\\n+", r -> {
                        r.token(TEXT);
                        r.push("plain_scalar_in_block_context_new_line");
                    })
                    .rule("[ ]+", STR)
                    .rule("true|false|null", NAME_CONSTANT)
                    .rule("\\d+(?:\\.\\d+)?(?=(\\r?\\n)| +#)", NUM, POP)
                    // regular non-whitespace characters
                    .rule("[^\\s:]+", STR))
            .state("plain_scalar_in_flow_context", s -> s
                    .rule("[ ]*(?=[,:?\\[\\]{}])", TEXT, POP)
                    .rule("[ ]+(?=#)", TEXT, POP)
                    .rule("^[ ]+", TEXT)
                    .rule("[ ]+$", TEXT)
                    .rule("\\n+", TEXT)
                    .rule("[ ]+", NAME_VARIABLE)
                    .rule("[^\\s,:?\\[\\]{}]+", NAME_VARIABLE))
            .state("yaml_directive", s -> s
                    .rule("([ ]+)(\\d+\\.\\d+)", r -> {
                        r.groups(TEXT, NUM);
                        r.go("ignored_line");
                    }))
            .state("tag_directive", s -> s
                    .rule("([ ]+)(!|![\\w-]*!)([ ]+)(!|!?[\\w;/?:@&=+$,.!~*'()\\[\\]%-]+)", r -> {
                        r.groups(TEXT, KEYWORD_TYPE, TEXT, KEYWORD_TYPE);
                        r.go("ignored_line");
                    }))
            .build();
}

package dev.colophon.liquid.parse;

import dev.colophon.liquid.ErrorMode;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Liquid;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.TagInput;
import java.util.Set;
import java.util.regex.Matcher;

/** What one tag is given to parse itself: its markup, where it is, and the parser's tokens after it. */
final class TagParsing implements TagInput {

    private final TemplateParser parser;
    private final String tagName;
    private final String markup;
    private final Token token;

    TagParsing(TemplateParser parser, String tagName, String markup, Token token) {
        this.parser = parser;
        this.tagName = tagName;
        this.markup = markup;
        this.token = token;
    }

    @Override
    public String name() {
        return tagName;
    }

    @Override
    public String markup() {
        return markup;
    }

    @Override
    public int line() {
        return token.line();
    }

    @Override
    public int column() {
        return token.column();
    }

    @Override
    public String templateName() {
        return parser.name;
    }

    @Override
    public ErrorMode errorMode() {
        return parser.mode;
    }

    @Override
    public Liquid engine() {
        return parser.engine;
    }

    @Override
    public Expression expression(String text) {
        return Expressions.parse(text);
    }

    @Override
    public Expression output(String text) {
        Output output = Output.parse(text, parser.mode, w -> parser.warnings.accept(w.at(parser.name, token.line(), token.column())));
        parser.checkFilters(output, token);
        return output;
    }

    @Override
    public Condition condition(String text) {
        return Condition.parse(text, parser.mode, w -> parser.warnings.accept(w.at(parser.name, token.line(), token.column())));
    }

    @Override
    public Body body(Set<String> delimiters) {
        Body body = parser.body(delimiters);
        if (body.delimiter() == null) {
            throw parser.error(token, "'" + tagName + "' tag was never closed");
        }
        if (!delimiters.contains(body.delimiter())) {
            String tag = body.delimiter();
            if (tag.equals("else") || tag.equals("elsif") || tag.equals("when")) {
                throw parser.error(parser.current, "Unexpected " + tag + " tag in '" + tagName + "'"
                        + (tag.equals("else") ? "" : ""));
            }
            if (tag.startsWith("end")) {
                throw parser.error(parser.current, "'" + tag + "' is not a valid delimiter for " + tagName
                        + " tags (opened on line " + token.line() + "). use end" + tagName);
            }
            throw parser.error(parser.current, "Unknown tag '" + tag + "'");
        }
        return body;
    }

    @Override
    public String raw(String end) {
        StringBuilder out = new StringBuilder();
        Token t;
        while ((t = parser.tokens.next()) != null) {
            if (t.kind() == Token.Kind.TAG || t.text().contains("{%")) {
                Matcher m = TemplateParser.RAW_END.matcher(t.text());
                if (m.matches() && m.group(2).equals(end)) {
                    out.append(m.group(1));
                    // The end tag's own white space control applies to what follows it.
                    parser.trimNext = t.text().length() >= 3 && t.text().charAt(t.text().length() - 3) == '-';
                    return out.toString();
                }
            }
            out.append(t.text());
        }
        throw parser.error(token, "'" + tagName + "' tag was never closed");
    }

    @Override
    public void skip() {
        int nesting = 1;
        Token t;
        while ((t = parser.tokens.next()) != null) {
            String tag;
            if (parser.tokens.lines()) {
                Matcher m = TemplateParser.LIQUID_TAG_TOKEN.matcher(t.text());
                if (t.text().isBlank() || !m.matches()) {
                    continue;
                }
                tag = m.group(1);
            } else {
                Matcher m = TemplateParser.FULL_TOKEN.matcher(t.text());
                if (t.kind() != Token.Kind.TAG || !m.matches()) {
                    continue;
                }
                tag = m.group(2);
            }
            if (tag.equals("raw")) {
                raw("endraw");
            } else if (tag.equals(tagName)) {
                nesting++;
            } else if (tag.equals("end" + tagName)) {
                nesting--;
            }
            if (nesting == 0) {
                if (!parser.tokens.lines()) {
                    parser.trimNext = t.text().length() >= 3 && t.text().charAt(t.text().length() - 3) == '-';
                }
                return;
            }
        }
        throw parser.error(token, "'" + tagName + "' tag was never closed");
    }

    @Override
    public void warn(LiquidException.Kind kind, String detail) {
        int[] at = TemplateParser.place(token, Math.max(0, token.text().indexOf(tagName)));
        parser.warnings.accept(new LiquidException(kind, detail, parser.name, at[0], at[1], null));
    }

    @Override
    public LiquidException error(String detail) {
        return parser.error(token, detail);
    }
}

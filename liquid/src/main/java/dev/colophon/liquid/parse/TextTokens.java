package dev.colophon.liquid.parse;

/**
 * Splits a template as Ruby Liquid's tokenizer does: {@code {%} up to the first {@code %}}, {@code {{} up to
 * the first {@code }} (and a second one right after it), text between them; a {@code {%} or {@code {{}
 * with no end is a token of its own. Linear: where no end is left, no later start looks for one again.
 */
final class TextTokens implements Tokens {

    private final String source;
    private int position;
    private int line = 1;
    private int lineStart;
    /** The next "%}" at or after tagEndFrom, or -1 when none: searched again only past it. */
    private int tagEnd = -2;
    private int tagEndFrom;
    private int braceEnd = -2;
    private int braceEndFrom;

    TextTokens(String source) {
        this.source = source;
    }

    @Override
    public boolean lines() {
        return false;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public Token next() {
        int n = source.length();
        if (position >= n) {
            return null;
        }
        int start = position;
        int end;
        Token.Kind kind;
        if (startsMarkup(start)) {
            char second = source.charAt(start + 1);
            if (second == '%') {
                int close = tagEnd(start + 2);
                kind = Token.Kind.TAG;
                end = close < 0 ? start + 2 : close + 2;
            } else {
                int close = braceEnd(start + 2);
                kind = Token.Kind.OUTPUT;
                if (close < 0) {
                    end = start + 2;
                } else {
                    end = close + 1 < n && source.charAt(close + 1) == '}' ? close + 2 : close + 1;
                }
            }
        } else {
            kind = Token.Kind.TEXT;
            end = nextStart(start);
        }
        Token token = new Token(kind, source.substring(start, end), line, start - lineStart + 1);
        for (int i = start; i < end; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        position = end;
        return token;
    }

    private boolean startsMarkup(int i) {
        if (i + 1 >= source.length() || source.charAt(i) != '{') {
            return false;
        }
        char c = source.charAt(i + 1);
        return c == '%' || c == '{';
    }

    private int nextStart(int from) {
        int i = from;
        while (true) {
            i = source.indexOf('{', i);
            if (i < 0) {
                return source.length();
            }
            if (startsMarkup(i)) {
                return i;
            }
            i++;
        }
    }

    private int tagEnd(int from) {
        if (tagEnd == -2 || from > tagEnd && tagEnd >= 0 || from < tagEndFrom) {
            tagEnd = source.indexOf("%}", from);
            tagEndFrom = from;
        }
        return tagEnd;
    }

    private int braceEnd(int from) {
        if (braceEnd == -2 || from > braceEnd && braceEnd >= 0 || from < braceEndFrom) {
            braceEnd = source.indexOf('}', from);
            braceEndFrom = from;
        }
        return braceEnd;
    }
}

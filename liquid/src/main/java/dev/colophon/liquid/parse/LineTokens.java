package dev.colophon.liquid.parse;

/** The lines of a {@code {% liquid %}} tag: each line one tag, without its delimiters. */
final class LineTokens implements Tokens {

    private final String[] lines;
    private final int firstLine;
    private final int column;
    private int index;

    LineTokens(String markup, int firstLine, int column) {
        // Ruby's String#split drops trailing empty strings.
        this.lines = markup.split("\n");
        this.firstLine = firstLine;
        this.column = column;
    }

    @Override
    public Token next() {
        if (index >= lines.length) {
            return null;
        }
        int at = index++;
        return new Token(Token.Kind.LINE, lines[at], firstLine + at, at == 0 ? column : 1);
    }

    @Override
    public boolean lines() {
        return true;
    }

    @Override
    public int line() {
        return firstLine + index;
    }
}

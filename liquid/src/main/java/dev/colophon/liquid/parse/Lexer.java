package dev.colophon.liquid.parse;

import dev.colophon.liquid.LiquidException;
import java.util.ArrayList;
import java.util.List;

/** Ruby Liquid's strict lexer: markup into comparison, string, number, id, dotdot and punctuation tokens. */
final class Lexer {

    enum Type { COMPARISON, STRING, NUMBER, ID, DOTDOT, PIPE, DOT, COLON, COMMA, OPEN_SQUARE, CLOSE_SQUARE,
        OPEN_ROUND, CLOSE_ROUND, QUESTION, DASH, END }

    record Lexeme(Type type, String text) {
    }

    private Lexer() {
    }

    static List<Lexeme> tokenize(String markup) {
        List<Lexeme> out = new ArrayList<>();
        int n = markup.length();
        int i = 0;
        while (true) {
            while (i < n && isSpace(markup.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char c = markup.charAt(i);
            int end;
            if ((end = comparison(markup, i)) > i) {
                out.add(new Lexeme(Type.COMPARISON, markup.substring(i, end)));
            } else if ((c == '"' || c == '\'') && (end = markup.indexOf(c, i + 1)) > i) {
                end++;
                out.add(new Lexeme(Type.STRING, markup.substring(i, end)));
            } else if ((end = number(markup, i)) > i) {
                out.add(new Lexeme(Type.NUMBER, markup.substring(i, end)));
            } else if ((end = identifier(markup, i)) > i) {
                out.add(new Lexeme(Type.ID, markup.substring(i, end)));
            } else if (markup.startsWith("..", i)) {
                end = i + 2;
                out.add(new Lexeme(Type.DOTDOT, ".."));
            } else {
                end = i + 1;
                Type type = switch (c) {
                    case '|' -> Type.PIPE;
                    case '.' -> Type.DOT;
                    case ':' -> Type.COLON;
                    case ',' -> Type.COMMA;
                    case '[' -> Type.OPEN_SQUARE;
                    case ']' -> Type.CLOSE_SQUARE;
                    case '(' -> Type.OPEN_ROUND;
                    case ')' -> Type.CLOSE_ROUND;
                    case '?' -> Type.QUESTION;
                    case '-' -> Type.DASH;
                    default -> throw LiquidException.syntax("Unexpected character " + c);
                };
                out.add(new Lexeme(type, String.valueOf(c)));
            }
            i = end;
        }
        out.add(new Lexeme(Type.END, ""));
        return out;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** {@code ==|!=|<>|<=?|>=?|contains(?=\s)}. */
    private static int comparison(String s, int i) {
        char c = s.charAt(i);
        char d = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        if (c == '=' && d == '=' || c == '!' && d == '=' || c == '<' && d == '>' || c == '<' && d == '='
                || c == '>' && d == '=') {
            return i + 2;
        }
        if (c == '<' || c == '>') {
            return i + 1;
        }
        if (s.startsWith("contains", i) && i + 8 < s.length() && isSpace(s.charAt(i + 8))) {
            return i + 8;
        }
        return i;
    }

    /** {@code -?\d+(\.\d+)?}. */
    private static int number(String s, int i) {
        int j = i;
        if (j < s.length() && s.charAt(j) == '-') {
            j++;
        }
        int digits = j;
        while (j < s.length() && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) {
            j++;
        }
        if (j == digits) {
            return i;
        }
        if (j + 1 < s.length() && s.charAt(j) == '.' && s.charAt(j + 1) >= '0' && s.charAt(j + 1) <= '9') {
            j += 2;
            while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
        }
        return j;
    }

    /** {@code [a-zA-Z_][\w-]*\??}. */
    private static int identifier(String s, int i) {
        char c = s.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
            return i;
        }
        int j = i + 1;
        while (j < s.length() && (isWord(s.charAt(j)) || s.charAt(j) == '-')) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '?') {
            j++;
        }
        return j;
    }
}

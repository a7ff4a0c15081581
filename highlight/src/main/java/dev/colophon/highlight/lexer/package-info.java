/**
 * A small lexing engine modelled on Rouge's {@code RegexLexer}: named states of ordered regex rules,
 * a state stack, and rule actions that emit tokens and move between states. Lexers are immutable and
 * shared; each pass runs in a {@link dev.colophon.highlight.lexer.LexRun}. Tokens are Rouge's short CSS
 * classes ({@link dev.colophon.highlight.lexer.Tok}), written out by
 * {@link dev.colophon.highlight.lexer.HtmlWriter} as Rouge's HTML formatter writes them.
 */
package dev.colophon.highlight.lexer;

package dev.colophon.highlight.lang;

import dev.colophon.highlight.lexer.Lexer;
import dev.colophon.highlight.lexer.RegexLexer;
import dev.colophon.highlight.lexer.Tok;
import dev.colophon.highlight.lexer.TokenSink;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rouge's {@code console} lexer ({@code terminal}, {@code shell_session}, {@code shell-session};
 * rouge/lexers/console.rb) with its default options: each line is a prompt followed by a shell command
 * (lexed by one shell run that continues from command to command), or output.
 *
 * <p>The prompt is everything up to the first {@code $}, {@code #}, {@code >} or {@code ;} of a line,
 * which is Rouge's (lenient) rule.
 */
public final class Console implements Lexer {

    public static final Console LEXER = new Console();

    private static final Pattern LINE = RegexLexer.pattern("(.*?)(\\n|$)");
    private static final Pattern SNIP = RegexLexer.pattern("\\A\\s*(?:<[.]+>|[.]+)\\s*\\z");
    private static final Pattern PROMPT = RegexLexer.pattern("^(?s:.*?)(?:\\$|#|>|;)");
    private static final Pattern LEADING_SPACE = RegexLexer.pattern("\\A\\s*");
    private static final Pattern COMMENT = RegexLexer.pattern("\\A\\s*?#");

    private static final Lexer OUTPUT = new PlainText(Tok.GENERIC_OUTPUT);

    private Console() {
    }

    @Override
    public String name() {
        return "console";
    }

    @Override
    public Run start() {
        Run shell = Shell.LEXER.start();
        Run output = OUTPUT.start();
        return new Run() {
            @Override
            public void lex(String text, TokenSink sink) {
                Matcher line = LINE.matcher(text);
                int pos = 0;
                while (pos < text.length()) {
                    line.region(pos, text.length());
                    if (!line.lookingAt()) {
                        break; // cannot happen: the pattern matches at any position
                    }
                    String input = line.group();
                    pos = line.end();
                    processLine(input, shell, output, sink);
                }
            }

            @Override
            public void reset() {
                shell.reset();
                output.reset();
            }
        };
    }

    private static void processLine(String input, Run shell, Run output, TokenSink sink) {
        Matcher prompt = PROMPT.matcher(input);
        if (SNIP.matcher(input).find()) {
            // an elided part ("..." or "<...>") reads as a comment
            output.reset();
            shell.reset();
            sink.token(Tok.COMMENT, input);
        } else if (prompt.find()) {
            output.reset();
            sink.token(Tok.GENERIC_PROMPT, prompt.group());
            String rest = input.substring(prompt.end());
            Matcher space = LEADING_SPACE.matcher(rest);
            space.find();
            // the shell lexer sees where the command really begins
            sink.token(Tok.WHITESPACE, space.group());
            shell.lex(rest.substring(space.end()), sink);
        } else if (COMMENT.matcher(input.strip()).find()) {
            output.reset();
            shell.reset();
            sink.token(Tok.COMMENT, input);
        } else {
            shell.reset();
            output.lex(input, sink);
        }
    }
}

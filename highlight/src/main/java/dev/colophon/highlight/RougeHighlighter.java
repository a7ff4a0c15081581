package dev.colophon.highlight;

import com.google.auto.service.AutoService;
import dev.colophon.highlight.lexer.HtmlWriter;
import dev.colophon.highlight.lexer.Lexer;
import dev.colophon.spi.Highlighter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Highlights code the way Jekyll's Rouge does, so that theme stylesheets written for Rouge apply: the
 * same lexers (ported rule by rule from Rouge 3.30), the same token classes, the same merging of
 * neighbouring tokens and the same escaping. Stateless and thread-safe: each call lexes with a fresh run.
 */
@AutoService(Highlighter.class)
public final class RougeHighlighter implements Highlighter {

    /** Stack for the rare retry: reserved, not committed, so it costs address space only (about 400k chars per token). */
    private static final long LARGE_STACK = 256L << 20;

    public RougeHighlighter() {
    }

    @Override
    public String id() {
        return "rouge-compatible";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Set<String> languages() {
        return Languages.names();
    }

    /**
     * Highlights code in a language from {@link #languages()}. Never throws: an unknown language gives
     * the code escaped and unhighlighted, as Rouge's plain-text lexer would, and so does a lexer failure.
     */
    @Override
    public String highlight(String code, String language) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        Lexer lexer = language == null ? null : Languages.lexer(language.toLowerCase(Locale.ROOT));
        if (lexer != null) {
            try {
                return lex(lexer, code);
            } catch (StackOverflowError e) {
                // Java's regex engine recurses per repetition of some of Rouge's patterns; a very long token
                // can exhaust a small thread stack. Lex again where the stack is big enough.
                String html = lexOnLargeStack(lexer, code);
                if (html != null) {
                    return html;
                }
            } catch (RuntimeException e) {
                // a bug in a lexer: highlighting is decoration, the code must still appear
            }
        }
        return plain(code);
    }

    private static String lex(Lexer lexer, String code) {
        HtmlWriter out = new HtmlWriter(code.length() * 2 + 64);
        lexer.start().lex(code, out);
        return out.finish();
    }

    /** Lexes on a thread of its own with a large stack; {@code null} if that fails too. */
    private static String lexOnLargeStack(Lexer lexer, String code) {
        AtomicReference<String> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(lex(lexer, code));
            } catch (RuntimeException | StackOverflowError e) {
                // leave the result empty: the caller falls back to plain text
            }
        }, "colophon-highlight-large-stack", LARGE_STACK);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return result.get();
    }

    private static String plain(String code) {
        StringBuilder plain = new StringBuilder(code.length() + 16);
        HtmlWriter.escape(code, 0, code.length(), plain);
        return plain.toString();
    }
}

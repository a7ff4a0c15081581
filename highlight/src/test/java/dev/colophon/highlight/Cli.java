package dev.colophon.highlight;

import dev.colophon.highlight.lexer.HtmlWriter;
import dev.colophon.highlight.lexer.Lexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development aid for comparing with Rouge: highlights files (args: language, files...) and writes each
 * result to file + ".java.html". Lexes without the highlighter's safety nets, so that a stack overflow
 * or a lexer exception is reported (on stderr) rather than hidden.
 */
public final class Cli {

    private Cli() {
    }

    public static void main(String[] args) throws IOException {
        Lexer lexer = Languages.lexer(args[0]);
        long chars = 0;
        long nanos = 0;
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String code;
            try {
                code = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // not UTF-8: Rouge refuses it too
            }
            String html;
            long start = System.nanoTime();
            try {
                HtmlWriter out = new HtmlWriter(code.length() * 2);
                lexer.start().lex(code, out);
                html = out.finish();
            } catch (StackOverflowError e) {
                System.err.println("STACK OVERFLOW " + file);
                html = "";
            } catch (RuntimeException e) {
                System.err.println("EXCEPTION " + file + ": " + e);
                html = "";
            }
            nanos += System.nanoTime() - start;
            chars += code.length();
            Files.writeString(Path.of(args[i] + ".java.html"), html, StandardCharsets.UTF_8);
        }
        System.err.printf("TIMING %s: %d chars in %.1f ms%n", args[0], chars, nanos / 1e6);
    }
}

package dev.colophon.highlight;

import dev.colophon.highlight.lang.CLang;
import dev.colophon.highlight.lang.Console;
import dev.colophon.highlight.lang.Cpp;
import dev.colophon.highlight.lang.Css;
import dev.colophon.highlight.lang.Diff;
import dev.colophon.highlight.lang.Go;
import dev.colophon.highlight.lang.Html;
import dev.colophon.highlight.lang.JavaLang;
import dev.colophon.highlight.lang.JavaScript;
import dev.colophon.highlight.lang.Json;
import dev.colophon.highlight.lang.Kotlin;
import dev.colophon.highlight.lang.Liquid;
import dev.colophon.highlight.lang.PlainText;
import dev.colophon.highlight.lang.Python;
import dev.colophon.highlight.lang.RubyLang;
import dev.colophon.highlight.lang.Rust;
import dev.colophon.highlight.lang.Scss;
import dev.colophon.highlight.lang.Shell;
import dev.colophon.highlight.lang.Sql;
import dev.colophon.highlight.lang.TypeScript;
import dev.colophon.highlight.lang.Xml;
import dev.colophon.highlight.lang.Yaml;
import dev.colophon.highlight.lexer.Lexer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The languages and their aliases, as Rouge names them. Each lexer is built on first use (reading its
 * class's static field, which the JVM initialises once, thread-safely), so a site that highlights only
 * shell pays for no other lexer.
 */
final class Languages {

    private Languages() {
    }

    private static final Map<String, Supplier<Lexer>> LEXERS = new LinkedHashMap<>();

    static {
        add(() -> PlainText.LEXER, "plaintext", "text");
        add(() -> Diff.LEXER, "diff", "patch", "udiff");
        add(() -> CLang.LEXER, "c");
        add(() -> Cpp.LEXER, "cpp", "c++");
        add(() -> Console.LEXER, "console", "terminal", "shell_session", "shell-session");
        add(() -> Css.LEXER, "css");
        add(() -> Go.LEXER, "go", "golang");
        add(() -> Html.LEXER, "html");
        add(() -> JavaLang.LEXER, "java");
        add(() -> JavaScript.LEXER, "javascript", "js");
        add(() -> Json.LEXER, "json");
        add(() -> Kotlin.LEXER, "kotlin");
        add(() -> Liquid.LEXER, "liquid");
        add(() -> Python.LEXER, "python", "py");
        add(() -> RubyLang.LEXER, "ruby", "rb");
        add(() -> Rust.LEXER, "rust", "rs", "rust,no_run", "rs,no_run", "rust,ignore", "rs,ignore",
                "rust,should_panic", "rs,should_panic");
        add(() -> Scss.LEXER, "scss");
        add(() -> Shell.LEXER, "shell", "bash", "zsh", "ksh", "sh");
        add(() -> Sql.LEXER, "sql");
        add(() -> TypeScript.LEXER, "typescript", "ts");
        add(() -> Xml.LEXER, "xml");
        add(() -> Yaml.LEXER, "yaml", "yml");
    }

    private static final Set<String> NAMES = Set.copyOf(LEXERS.keySet());

    private static void add(Supplier<Lexer> lexer, String... names) {
        for (String name : names) {
            LEXERS.put(name, lexer);
        }
    }

    static Set<String> names() {
        return NAMES;
    }

    /** The lexer for a lower-case name or alias, or {@code null}. */
    static Lexer lexer(String name) {
        Supplier<Lexer> lexer = LEXERS.get(name);
        return lexer == null ? null : lexer.get();
    }
}

package dev.colophon.html.liquid;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Template;
import dev.colophon.liquid.parse.Expressions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code {% include file.html key=value %}}, and its kin {@code include_cached} (from _includes/
 * too) and {@code include_relative} (beside the page): the file named, or written with Liquid
 * ({@code {% include {{ page.kind }}.html %}}), rendered in a scope where {@code include.key} is each
 * parameter. As Jekyll's IncludeTag; each file parsed once per build.
 */
final class JekyllInclude implements Node {

    /** Where {@code include_relative} finds the page being rendered, in the render's registers. */
    static final String CURRENT_FILE = "colophon.file";
    /** How deep includes nest at this point of a render, in its registers. */
    private static final String DEPTH = "colophon.include_depth";
    static final int MAX_DEPTH = 64;

    private static final Pattern VALID_SYNTAX = Pattern.compile(
            "([\\w-]+)\\s*=\\s*(?:\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"|'([^'\\\\]*(?:\\\\.[^'\\\\]*)*)'|([\\w.-]+))");
    private static final Pattern VARIABLE_SYNTAX = Pattern.compile(
            "(?<variable>[^{]*(\\{\\{\\s*[\\w\\-.]+\\s*(\\|.*)?\\}\\}[^\\s{}]*)+)(?<params>.*)", Pattern.DOTALL);
    private static final Pattern FULL_VALID_SYNTAX = Pattern.compile("\\A\\s*(?:" + VALID_SYNTAX.pattern()
            + "(?=\\s|\\z)\\s*)*\\z");
    private static final Pattern VALID_FILENAME_CHARS = Pattern.compile("^[\\w/.\\-()+~#@]+$");
    private static final Pattern INVALID_SEQUENCES = Pattern.compile("[./]{2,}");

    /** Where a kind of include finds its files. */
    enum Kind {
        INCLUDE("include"), CACHED("include_cached"), RELATIVE("include_relative");

        final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }

    /** Reads a file by the name the tag resolved: its text, or null when there is none. */
    interface Files {
        Template parsed(Context context, Kind kind, String name);
    }

    private final Kind kind;
    private final String file;
    /** The file name written with Liquid, rendered at each use; null for a plain name. */
    private final Template fileTemplate;
    /** The parameters, as Jekyll's parse_params reads them, parsed once; null when the tag has none. */
    private final List<Parameter> params;
    private final Files files;

    /** One {@code key=value}: a quoted value as written (escaped quotes unescaped), any other looked up. */
    private record Parameter(String key, Expression value) {
    }

    private JekyllInclude(Kind kind, String file, Template fileTemplate, List<Parameter> params, Files files) {
        this.kind = kind;
        this.file = file;
        this.fileTemplate = fileTemplate;
        this.params = params;
        this.files = files;
    }

    static Node parse(TagInput input, Kind kind, Files files) {
        String markup = input.markup().strip();
        String file;
        String params;
        Matcher variable = VARIABLE_SYNTAX.matcher(markup);
        if (variable.matches()) {
            file = variable.group("variable").strip();
            params = variable.group("params").strip();
        } else {
            String[] parts = markup.split("\\s+", 2);
            file = parts[0];
            params = parts.length > 1 ? parts[1] : null;
        }
        if (file.isEmpty()) {
            throw input.error("the " + kind.tag + " tag needs a file name, like {% " + kind.tag + " footer.html %}");
        }
        if (params != null && !params.isEmpty() && !FULL_VALID_SYNTAX.matcher(params).matches()) {
            throw input.error("Invalid syntax for the " + kind.tag + " tag: " + params
                    + " (parameters are key=value, key=\"value\" or key='value', separated by spaces)");
        }
        Template fileTemplate = VARIABLE_SYNTAX.matcher(file).matches()
                ? input.engine().parse(file, input.templateName()) : null;
        return new JekyllInclude(kind, file, fileTemplate, params == null || params.isEmpty() ? null
                : parameters(params), files);
    }

    @Override
    public void render(Context context, StringBuilder out) {
        String name = file;
        if (fileTemplate != null) {
            StringBuilder rendered = new StringBuilder();
            fileTemplate.render(context, rendered);
            name = rendered.toString().strip();
        }
        if (INVALID_SEQUENCES.matcher(name).find() || !VALID_FILENAME_CHARS.matcher(name).matches()) {
            throw LiquidException.argument("Invalid syntax for include tag. File contains invalid characters or "
                    + "sequences: " + name + " (valid file names have letters, digits and / . - ( ) + ~ # @, and no "
                    + "'..' or '//')");
        }
        Template partial = files.parsed(context, kind, name);
        // An include counts as loop turns: one that includes itself twice per level renders 2^depth times.
        context.iterate(Context.PARTIAL_TURNS);
        int depth = context.registers().get(DEPTH) instanceof Integer d ? d : 0;
        if (depth >= MAX_DEPTH) {
            throw new IncludeCycleException((kind == Kind.RELATIVE ? "include_relative nests" : "includes nest")
                    + " more than " + MAX_DEPTH + " deep at '" + name + "': an include probably includes itself");
        }
        Map<String, Object> scope = new HashMap<>(2);
        if (params != null) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Parameter parameter : params) {
                values.put(parameter.key(), parameter.value().evaluate(context));
            }
            scope.put("include", values);
        }
        String outerName = context.templateName();
        Object outerFile = context.registers().get(CURRENT_FILE);
        context.registers().put(DEPTH, depth + 1);
        context.push(scope);
        try {
            context.templateName(partial.name());
            if (kind == Kind.RELATIVE) {
                context.registers().put(CURRENT_FILE, partial.name());
            }
            partial.render(context, out);
        } catch (LiquidException e) {
            IncludeCycleException cycle = e.find(IncludeCycleException.class);
            if (cycle != null && depth == 0) {
                // Reported at the outermost include, in the file that started it, not deep inside the loop.
                throw new IncludeCycleException(cycle.detail());
            }
            throw e;
        } finally {
            context.pop();
            context.templateName(outerName);
            context.registers().put(CURRENT_FILE, outerFile);
            context.registers().put(DEPTH, depth);
        }
    }

    /** Jekyll's parse_params: quoted values as written (escaped quotes unescaped), others looked up. */
    private static List<Parameter> parameters(String params) {
        List<Parameter> parameters = new ArrayList<>();
        Matcher m = VALID_SYNTAX.matcher(params);
        int from = 0;
        while (m.find(from)) {
            Expression value;
            if (m.group(2) != null) {
                String text = m.group(2).replace("\\\"", "\"");
                value = context -> text;
            } else if (m.group(3) != null) {
                String text = m.group(3).replace("\\'", "'");
                value = context -> text;
            } else {
                // Ruby's context[markup]: a value's markup, such as page.title or 3.
                value = Expressions.parse(m.group(4));
            }
            parameters.add(new Parameter(m.group(1), value));
            from = m.end();
        }
        return parameters;
    }

    /** An include that includes itself: named in the message, at the include tag. */
    static final class IncludeCycleException extends LiquidException {
        private static final long serialVersionUID = 1L;

        IncludeCycleException(String message) {
            super(Kind.STACK_LEVEL, message);
        }
    }
}

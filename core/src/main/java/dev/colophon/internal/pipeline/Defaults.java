package dev.colophon.internal.pipeline;

import dev.colophon.model.FrontMatter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jekyll's front matter {@code defaults:}: values given to every file in a scope (a path prefix or glob,
 * and a type: {@code posts}, {@code pages}, {@code drafts} or a collection's label). A file's own front
 * matter wins; among scopes, the more specific (longer path, then a type) wins, as in Jekyll.
 */
final class Defaults {

    private record Rule(String path, PathMatcher glob, String type, Map<String, Object> values) {

        boolean matches(String file, String fileType) {
            if (!type.isEmpty() && !type.equals(fileType)) {
                return false;
            }
            if (path.isEmpty()) {
                return true;
            }
            if (glob != null) {
                return glob.matches(Path.of(file));
            }
            return file.equals(path) || file.startsWith(path.endsWith("/") ? path : path + "/");
        }

        int specificity() {
            return path.length() * 2 + (type.isEmpty() ? 0 : 1);
        }
    }

    private final List<Rule> rules;

    private Defaults(List<Rule> rules) {
        this.rules = rules;
    }

    static Defaults of(Object value) {
        List<Rule> rules = new ArrayList<>();
        if (value instanceof List<?> entries) {
            for (Object entry : entries) {
                if (!(entry instanceof Map<?, ?> map) || !(map.get("values") instanceof Map<?, ?> values)) {
                    continue;
                }
                Map<?, ?> scope = map.get("scope") instanceof Map<?, ?> s ? s : Map.of();
                String path = scope.get("path") == null ? "" : scope.get("path").toString().strip();
                while (path.startsWith("/")) {
                    path = path.substring(1);
                }
                String type = scope.get("type") == null ? "" : scope.get("type").toString();
                PathMatcher glob = path.contains("*") ? FileSystems.getDefault().getPathMatcher("glob:" + path) : null;
                Map<String, Object> copy = new LinkedHashMap<>();
                values.forEach((k, v) -> copy.put(String.valueOf(k), v));
                rules.add(new Rule(path, glob, type, copy));
            }
        }
        rules.sort(Comparator.comparingInt(Rule::specificity));
        return new Defaults(rules);
    }

    /** The file's front matter over the defaults that apply to it. */
    FrontMatter apply(String file, String type, FrontMatter own) {
        Map<String, Object> merged = null;
        for (Rule rule : rules) {
            if (rule.matches(file, type)) {
                if (merged == null) {
                    merged = new LinkedHashMap<>();
                }
                merged.putAll(rule.values());
            }
        }
        if (merged == null) {
            return own;
        }
        merged.putAll(own.values());
        return new FrontMatter(merged, own.keyLines());
    }
}

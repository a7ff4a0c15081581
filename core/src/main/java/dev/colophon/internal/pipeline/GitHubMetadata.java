package dev.colophon.internal.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jekyll-github-metadata (2.15) without the network: {@code site.github} with what the repository's name tells,
 * never asking GitHub's API. The repository is {@code repository: owner/name} in {@code _config.yml}, else, when
 * building for development (as the gem does), the {@code origin} remote in the source folder's
 * {@code .git/config}. What only the API knows (the owner's profile, the description, contributors, releases,
 * license, issues and wiki links...) is nil. A {@code github:} mapping in {@code _config.yml} is merged over
 * the values, as in the gem.
 *
 * <p>Like the gem, it also fills an unset {@code title} (the repository's name, or the owner's for a user
 * site), and in production an unset {@code url} and {@code baseurl}. Where the gem would ask the API for the
 * site's address, this takes the one GitHub Pages gives a repository without a custom domain ({@code
 * https://owner.github.io/name}); offline, the gem would write {@code https://github.com/pages/owner/name}.
 */
final class GitHubMetadata {

    static final String GEM = "jekyll-github-metadata";
    private static final Pattern REMOTE = Pattern.compile("github\\.com(:|/)([\\w-]+)/([\\w.-]+)");
    private static final Pattern ORIGIN_URL = Pattern.compile(
            "^\\s*\\[remote\\s+\"origin\"\\]\\s*$(?:(?!^\\s*\\[).)*?^\\s*url\\s*=\\s*(\\S+)\\s*$",
            Pattern.MULTILINE | Pattern.DOTALL);

    private GitHubMetadata() {
    }

    /**
     * The configuration values with {@code github} (and the fallbacks) filled in; the same values when no
     * repository is found.
     *
     * @param files reads a file of the source folder, empty when it has none
     */
    static Optional<Map<String, Object>> fill(Map<String, Object> config, String environment,
            Function<String, Optional<byte[]>> files) {
        Optional<String> nwo = repository(config, environment, files);
        if (nwo.isEmpty()) {
            return Optional.empty();
        }
        String owner = nwo.get().substring(0, nwo.get().indexOf('/'));
        String name = nwo.get().substring(nwo.get().lastIndexOf('/') + 1);
        boolean userPage = name.toLowerCase(Locale.ROOT).equals(owner.toLowerCase(Locale.ROOT) + ".github.io")
                || name.toLowerCase(Locale.ROOT).equals(owner.toLowerCase(Locale.ROOT) + ".github.com");
        String site = "https://" + owner.toLowerCase(Locale.ROOT) + ".github.io";
        String baseurl = userPage ? "" : "/" + name;
        String repositoryUrl = "https://github.com/" + owner + "/" + name;
        String branch = userPage ? "master" : "gh-pages";

        Map<String, Object> github = new LinkedHashMap<>();
        github.put("environment", environment);
        github.put("pages_env", environment);
        github.put("hostname", "github.com");
        github.put("pages_hostname", "development".equals(environment) ? "localhost:4000" : "github.io");
        github.put("api_url", "https://api.github.com");
        github.put("help_url", "https://help.github.com");
        github.put("versions", Map.of());
        github.put("build_revision", revision(files).orElse(""));
        github.put("project_title", name);
        github.put("project_tagline", null);
        github.put("owner", null);
        github.put("owner_name", owner);
        github.put("owner_display_name", null);
        github.put("owner_url", "https://github.com/" + owner);
        github.put("owner_gravatar_url", "https://github.com/" + owner + ".png");
        github.put("repository_url", repositoryUrl);
        github.put("repository_nwo", nwo.get());
        github.put("repository_name", name);
        github.put("zip_url", repositoryUrl + "/zipball/" + branch);
        github.put("tar_url", repositoryUrl + "/tarball/" + branch);
        github.put("clone_url", repositoryUrl + ".git");
        github.put("releases_url", repositoryUrl + "/releases");
        github.put("issues_url", null);
        github.put("wiki_url", null);
        github.put("language", null);
        github.put("is_user_page", userPage);
        github.put("is_project_page", !userPage);
        github.put("show_downloads", null);
        github.put("url", site + baseurl);
        github.put("baseurl", baseurl);
        github.put("contributors", null);
        github.put("releases", null);
        github.put("latest_release", null);
        github.put("private", null);
        github.put("archived", null);
        github.put("disabled", null);
        github.put("license", null);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("branch", branch);
        source.put("path", "/");
        github.put("source", source);
        github.put("public_repositories", null);
        github.put("organization_members", null);

        Map<String, Object> out = new LinkedHashMap<>(config);
        Object own = config.get("github");
        out.put("github", own == null ? github : own instanceof Map<?, ?> map ? deepMerge(github, map) : own);
        // The gem's fallbacks: only what the site leaves unset (a site.name without a title keeps no title).
        if (config.get("title") == null && config.get("name") == null) {
            out.put("title", userPage ? owner : name);
        }
        if ("production".equals(environment)) {
            if (config.get("url") == null) {
                out.put("url", site);
            }
            if (config.get("baseurl") == null || "/".equals(config.get("baseurl"))) {
                out.put("baseurl", baseurl);
            }
        }
        return Optional.of(out);
    }

    /** {@code repository:} when it names one; else, in development, the git remote {@code origin} on github.com. */
    static Optional<String> repository(Map<String, Object> config, String environment,
            Function<String, Optional<byte[]>> files) {
        if (config.get("repository") instanceof String named && named.contains("/")) {
            return Optional.of(named);
        }
        if (!"development".equals(environment) && !"test".equals(environment)) {
            return Optional.empty();
        }
        return files.apply(".git/config").flatMap(bytes -> {
            Matcher origin = ORIGIN_URL.matcher(new String(bytes, StandardCharsets.UTF_8));
            if (!origin.find()) {
                return Optional.empty();
            }
            String url = origin.group(1);
            Matcher github = REMOTE.matcher(url.endsWith(".git") ? url.substring(0, url.length() - 4) : url);
            return github.find() ? Optional.of(github.group(2) + "/" + github.group(3)) : Optional.empty();
        });
    }

    /** What {@code git rev-parse HEAD} would print, read from {@code .git}; empty when it cannot be told. */
    private static Optional<String> revision(Function<String, Optional<byte[]>> files) {
        Optional<String> head = files.apply(".git/HEAD").map(b -> new String(b, StandardCharsets.UTF_8).strip());
        if (head.isEmpty() || !head.get().startsWith("ref: ")) {
            return head.filter(h -> h.matches("[0-9a-f]{40}"));
        }
        String ref = head.get().substring(5).strip();
        Optional<String> loose = files.apply(".git/" + ref).map(b -> new String(b, StandardCharsets.UTF_8).strip());
        if (loose.isPresent()) {
            return loose;
        }
        return files.apply(".git/packed-refs").flatMap(b -> new String(b, StandardCharsets.UTF_8).lines()
                .filter(line -> line.endsWith(" " + ref)).map(line -> line.substring(0, line.indexOf(' ')))
                .findFirst());
    }

    /** Jekyll's {@code deep_merge_hashes}: the site's {@code github:} values over the computed ones. */
    private static Map<String, Object> deepMerge(Map<String, Object> base, Map<?, ?> over) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        over.forEach((key, value) -> {
            Object old = merged.get(String.valueOf(key));
            @SuppressWarnings("unchecked")
            Object next = old instanceof Map<?, ?> a && value instanceof Map<?, ?> b
                    ? deepMerge((Map<String, Object>) a, b) : value;
            merged.put(String.valueOf(key), next);
        });
        return merged;
    }
}

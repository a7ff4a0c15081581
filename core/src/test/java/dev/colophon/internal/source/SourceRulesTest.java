package dev.colophon.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.model.Author;
import dev.colophon.model.FeedSettings;
import dev.colophon.model.Pagination;
import dev.colophon.model.SiteConfig;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceRulesTest {

    private static SourceRules rules(List<String> exclude, List<String> include) {
        SiteConfig config = new SiteConfig("", "", Author.NONE, "", "", "date", ZoneOffset.UTC, exclude, include,
                false, false, "\n\n", FeedSettings.DEFAULTS, Pagination.OFF, Map.of());
        return new SourceRules(config, "_config.yml");
    }

    @Test
    void classifiesLikeJekyll() {
        SourceRules rules = rules(List.of("README.md", "*.log", "drafts-old/"), List.of(".well-known"));
        assertEquals(SourceKind.POST, rules.classify("_posts/2021-01-01-a.md"));
        assertEquals(SourceKind.POST, rules.classify("blog/_posts/2021/2021-01-01-a.md"));
        assertEquals(SourceKind.DRAFT, rules.classify("_drafts/a.md"));
        assertEquals(SourceKind.LAYOUT, rules.classify("_layouts/post.html"));
        assertEquals(SourceKind.INCLUDE, rules.classify("_includes/nav/top.html"));
        assertEquals(SourceKind.OTHER, rules.classify("about.md"));
        assertEquals(SourceKind.OTHER, rules.classify(".well-known/security.txt"));
        assertEquals(SourceKind.IGNORED, rules.classify("_config.yml"));
        assertEquals(SourceKind.IGNORED, rules.classify("_private/notes.md"));
        assertEquals(SourceKind.IGNORED, rules.classify(".git/config"));
        assertEquals(SourceKind.IGNORED, rules.classify("notes.md~"));
        assertEquals(SourceKind.IGNORED, rules.classify("README.md"));
        assertEquals(SourceKind.IGNORED, rules.classify("logs/build.log"));
        assertEquals(SourceKind.IGNORED, rules.classify("drafts-old/x.md"));
        assertEquals(SourceKind.IGNORED, rules.classify("node_modules/x/index.js"));
        assertEquals(List.of("blog", "news"), SourceRules.folderCategories("blog/news/_posts/2021-01-01-a.md"));
        assertEquals(SourceKind.IGNORED, rules.classify("_includes/.env"));
    }

    @Test
    void includeRelativeReadsNoHiddenFileNorTheConfigurationAndInSafeModeNothingExcluded() {
        SourceRules rules = rules(List.of("README.md", "*.log"), List.of(".well-known"));
        for (String path : List.of(".env", "docs/.env", ".git/config", "notes.md~", "#notes.md#", "_config.yml",
                "_config.dev.yaml", "_config.toml")) {
            assertEquals(true, rules.unreadableByTemplates(path, false).isPresent(), path);
            assertEquals(true, rules.unreadableByTemplates(path, true).isPresent(), path);
        }
        for (String path : List.of("README.md", "logs/build.log", "node_modules/x/README.md")) {
            assertEquals(false, rules.unreadableByTemplates(path, false).isPresent(), path);
            assertEquals(true, rules.unreadableByTemplates(path, true).isPresent(), path);
        }
        for (String path : List.of("guide/_snippet.md", "_posts/part.md", "_data/x.yml", ".well-known/a.txt",
                "docs/config.yml", "docs/_config.yml")) {
            assertEquals(false, rules.unreadableByTemplates(path, true).isPresent(), path);
        }
    }
}

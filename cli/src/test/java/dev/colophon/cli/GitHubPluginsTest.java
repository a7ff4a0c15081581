package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildResult;
import dev.colophon.testkit.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitHub's plugins: jemoji, jekyll-mentions, jekyll-avatar, jekyll-readme-index and jekyll-github-metadata
 * (offline). The expected markup is what Jekyll 4.3.1 wrote for the same files, with jemoji 0.13 on gemoji
 * 4.1, jekyll-mentions 1.6, jekyll-avatar 0.8, jekyll-readme-index 0.3 and jekyll-github-metadata 2.15.
 */
class GitHubPluginsTest {

    private static final String CONFIG = "url: https://example.org\nfeed: false\ntag_pages: false\ncategory_pages: false\n";
    private static final String SMILE = "<img class=\"emoji\" title=\":smile:\" alt=\":smile:\" "
            + "src=\"https://github.githubassets.com/images/icons/emoji/unicode/1f604.png\" height=\"20\" width=\"20\">";
    private static final String LAYOUT = "<html><head><title>:smile: @head</title></head>\n<body class=\"b\">\n"
            + "{{ content }}\n<script>var a = \":smile: @script\";</script>\n</body></html>\n";

    @TempDir
    Path temp;

    private TestSite site(String plugins) {
        return TestSite.in(temp).file("_config.yml", CONFIG + "plugins: [" + plugins + "]\n")
                .file("_layouts/default.html", LAYOUT);
    }

    @Test
    void anEmojiNameBecomesGemojisImageOutsideCodeAttributesAndTheHead() {
        TestSite site = site("jemoji").file("a.md", "---\nlayout: default\n---\n"
                + "Hi :smile: and :+1: :not_an_emoji: :heart: :copyright: :smile::smile: x:smile:y\n\n"
                + "`code :smile:` <tt>:smile:</tt> <kbd>:smile:</kbd> <span title=\":smile:\">t</span>\n");
        site.build();
        String page = site.output("a.html");
        assertTrue(page.contains("<p>Hi " + SMILE + " and " + SMILE.replace("smile", "+1").replace("1f604", "1f44d")
                + " :not_an_emoji: " + SMILE.replace("smile", "heart").replace("1f604", "2764") + " "
                + SMILE.replace("smile", "copyright").replace("1f604", "00a9") + " " + SMILE + SMILE + " x" + SMILE
                + "y</p>"), page);
        assertTrue(page.contains("<code class=\"language-plaintext highlighter-rouge\">code :smile:</code> "
                + "<tt>:smile:</tt> <kbd>" + SMILE + "</kbd> <span title=\":smile:\">t</span>"), page);
        assertTrue(page.startsWith("<html><head><title>:smile: @head</title>"), "only the body is changed");
        // jemoji changes scripts and styles too, which breaks them; Colophon leaves them as written.
        assertTrue(page.contains("<script>var a = \":smile: @script\";</script>"), page);
    }

    @Test
    void emojiImagesComeFromTheConfiguredSource() {
        TestSite site = TestSite.in(temp).file("_config.yml", CONFIG + "plugins: [jemoji]\nemoji:\n  src: /assets/\n")
                .file("b.html", "---\n---\n<p>:smile:</p>");
        site.build();
        assertEquals("<p>" + SMILE.replace("https://github.githubassets.com/images/icons/", "/assets/") + "</p>",
                site.output("b.html"));
    }

    @Test
    void aMentionBecomesAProfileLinkButNotInsideCodeOrALinkNorInAnAddress() {
        TestSite site = site("jekyll-mentions").file("a.md", "---\nlayout: default\n---\n"
                + "@octo-cat says hi, @mention, @a_b, @-x, @Joe., @joe/x, @joe.js\n\n"
                + "`code @joe` and <tt>@tt</tt> [link @joe](http://x) <span title=\"@attr\">t</span>\n\n"
                + "    pre @pre\n");
        site.build();
        String page = site.output("a.html");
        assertTrue(page.contains("<p><a href=\"https://github.com/octo-cat\" class=\"user-mention\">@octo-cat</a> "
                + "says hi, @mention, <a href=\"https://github.com/a_b\" class=\"user-mention\">@a_b</a>, @-x, "
                + "<a href=\"https://github.com/Joe\" class=\"user-mention\">@Joe</a>., @joe/x, @joe.js</p>"), page);
        assertTrue(page.contains("<code class=\"language-plaintext highlighter-rouge\">code @joe</code> and "
                + "<tt><a href=\"https://github.com/tt\" class=\"user-mention\">@tt</a></tt> "
                + "<a href=\"http://x\">link @joe</a> <span title=\"@attr\">t</span>"), page);
        assertTrue(page.contains("<code>pre @pre\n</code>"), page);
        assertTrue(page.contains("<title>:smile: @head</title>") && page.contains("\":smile: @script\""), page);
    }

    @Test
    void mentionsLinkToTheConfiguredBaseAndAPageMayChangeItOrSwitchThemOff() {
        TestSite site = TestSite.in(temp).file("_config.yml", CONFIG + "plugins: [jekyll-mentions]\n"
                        + "jekyll-mentions:\n  base_url: https://twitter.com\n")
                .file("a.html", "---\n---\n<p>@joe</p>")
                .file("b.html", "---\njekyll-mentions: https://gitlab.com/\n---\n<p>@joe</p>")
                .file("c.html", "---\njekyll-mentions: false\n---\n<p>@joe</p>");
        site.build();
        assertEquals("<p><a href=\"https://twitter.com/joe\" class=\"user-mention\">@joe</a></p>", site.output("a.html"));
        assertEquals("<p><a href=\"https://gitlab.com/joe\" class=\"user-mention\">@joe</a></p>", site.output("b.html"));
        assertEquals("<p>@joe</p>", site.output("c.html"));
    }

    @Test
    void filesThatAreNotHtmlAndSitesThatDoNotListThePluginsAreLeftAlone() {
        TestSite site = TestSite.in(temp).file("_config.yml", CONFIG + "plugins: [jemoji, jekyll-mentions]\n")
                .file("c.txt", "---\n---\ntext :smile: @joe\n");
        site.build();
        assertEquals("text :smile: @joe\n", site.output("c.txt"));

        site.file("_config.yml", CONFIG).file("d.html", "---\n---\n:smile: @joe").build();
        assertEquals(":smile: @joe", site.output("d.html"));
    }

    @Test
    void theAvatarTagWritesJekyllAvatarsImage() {
        TestSite site = TestSite.in(temp).file("_config.yml", CONFIG + "plugins: [jekyll-avatar]\nwho: hubot\n")
                .file("index.html", "---\nauthor:\n  login: octocat\n---\n{% avatar hubot %}\n"
                        + "{% avatar hubot size=24 lazy=true %}\n{% avatar user=page.author.login size=96 %}\n"
                        + "{% avatar {{ site.who }} size=12 %}\n");
        site.build();
        String a = "https://avatars3.githubusercontent.com/hubot?v=3&s=";
        String b = "https://avatars0.githubusercontent.com/hubot?v=3&s=";
        String c = "https://avatars2.githubusercontent.com/octocat?v=3&s=";
        String d = "https://avatars2.githubusercontent.com/hubot?v=3&s=";
        assertEquals("<img class=\"avatar avatar-small\" alt=\"hubot\" width=\"40\" height=\"40\" "
                + "data-proofer-ignore=\"true\" src=\"" + a + "40\" srcset=\"" + a + "40 1x, " + a + "80 2x, " + a
                + "120 3x, " + a + "160 4x\" />\n"
                + "<img class=\"avatar avatar-small\" alt=\"hubot\" width=\"24\" height=\"24\" data-proofer-ignore=\"true\""
                + " src=\"\" data-src=\"" + b + "24\" data-srcset=\"" + b + "24 1x, " + b + "48 2x, " + b + "72 3x, " + b
                + "96 4x\" />\n"
                + "<img class=\"avatar\" alt=\"octocat\" width=\"96\" height=\"96\" data-proofer-ignore=\"true\" src=\""
                + c + "96\" srcset=\"" + c + "96 1x, " + c + "192 2x, " + c + "288 3x, " + c + "384 4x\" />\n"
                + "<img class=\"avatar avatar-small\" alt=\"hubot\" width=\"12\" height=\"12\" "
                + "data-proofer-ignore=\"true\" src=\"" + d + "12\" srcset=\"" + d + "12 1x, " + d + "24 2x, " + d
                + "36 3x, " + d + "48 4x\" />\n", site.output("index.html"));
    }

    @Test
    void aReadmeBecomesItsFoldersIndexWhenTheFolderHasNone() {
        TestSite site = TestSite.in(temp).file("_config.yml", CONFIG + "title: T\nplugins: [jekyll-readme-index]\n")
                .file("_layouts/default.html", "<main>{{ content }}</main>")
                .file("README.md", "# Root\n\nHello {{ site.title }}.\n")
                .file("docs/README.md", "# Docs\n")
                .file("guide/README.md", "---\ntitle: Guide\n---\n# Guide\n")
                .file("other/readme.markdown", "# Other\n")
                .file("other/index.html", "static index\n");
        site.build();
        assertEquals("<h1 id=\"root\">Root</h1>\n<p>Hello T.</p>\n", site.output("index.html"));
        assertEquals("<h1 id=\"docs\">Docs</h1>\n", site.output("docs/index.html"));
        assertTrue(site.exists("README.md") && site.exists("docs/README.md"), "the originals are copied too");
        assertTrue(site.exists("guide/README.html") && !site.exists("guide/index.html"), "a page stays where it is");
        assertEquals("static index\n", site.output("other/index.html"));

        site.file("_config.yml", CONFIG + "plugins: [jekyll-readme-index]\n"
                + "readme_index:\n  remove_originals: true\n  with_frontmatter: true\n").build();
        assertFalse(site.exists("README.md") || site.exists("docs/README.md"));
        assertEquals("<h1 id=\"guide\">Guide</h1>\n", site.output("guide/index.html"));
        assertFalse(site.exists("guide/README.html"));

        site.file("_config.yml", CONFIG + "plugins: [jekyll-readme-index]\nreadme_index:\n  enabled: false\n").build();
        assertFalse(site.exists("index.html") || site.exists("docs/index.html"));
    }

    private static final String GITHUB_FIELDS = "---\n---\n{% for f in site.github %}{{ f[0] }}={{ f[1] | jsonify }}\n"
            + "{% endfor %}title={{ site.title }} url={{ site.url }} baseurl={{ site.baseurl }}";

    @Test
    void siteGithubHasWhatTheRepositorysNameTellsAndNilForWhatOnlyTheApiKnows() {
        TestSite site = TestSite.in(temp).file("_config.yml", "plugins: [jekyll-github-metadata]\nrepository: octo/proj\n"
                        + "github:\n  project_tagline: Mine\n")
                .file("index.html", GITHUB_FIELDS);
        site.build();
        String page = site.output("index.html");
        for (String field : new String[] {"environment=\"development\"", "hostname=\"github.com\"",
                "pages_hostname=\"localhost:4000\"", "api_url=\"https://api.github.com\"",
                "help_url=\"https://help.github.com\"", "project_title=\"proj\"", "project_tagline=\"Mine\"",
                "owner_name=\"octo\"", "owner_display_name=null", "owner_url=\"https://github.com/octo\"",
                "owner_gravatar_url=\"https://github.com/octo.png\"", "repository_url=\"https://github.com/octo/proj\"",
                "repository_nwo=\"octo/proj\"", "repository_name=\"proj\"",
                "zip_url=\"https://github.com/octo/proj/zipball/gh-pages\"",
                "clone_url=\"https://github.com/octo/proj.git\"", "releases_url=\"https://github.com/octo/proj/releases\"",
                "issues_url=null", "is_user_page=false", "is_project_page=true", "url=\"https://octo.github.io/proj\"",
                "baseurl=\"/proj\"", "contributors=null", "license=null",
                "source={\"branch\":\"gh-pages\",\"path\":\"/\"}", "title=proj url= baseurl="}) {
            assertTrue(page.contains(field), field + " in " + page);
        }
    }

    @Test
    void inDevelopmentTheRepositoryIsTheGitOriginAndInProductionItGivesTheSitesAddress() throws Exception {
        TestSite site = TestSite.in(temp).file("_config.yml", "title: Mine\nplugins: [jekyll-github-metadata]\n")
                .file("index.html", GITHUB_FIELDS)
                .file(".git/config", "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://github.com/x/y.git\n"
                        + "[remote \"origin\"]\n\turl = git@github.com:Octo/octo.github.io.git\n")
                .file(".git/HEAD", "ref: refs/heads/main\n")
                .file(".git/refs/heads/main", "10174fc516591282a92283b675ba31f0ec32df01\n");
        site.build();
        String page = site.output("index.html");
        assertTrue(page.contains("repository_nwo=\"Octo/octo.github.io\"") && page.contains("is_user_page=true")
                && page.contains("build_revision=\"10174fc516591282a92283b675ba31f0ec32df01\"")
                && page.contains("url=\"https://octo.github.io\"") && page.contains("title=Mine url= baseurl="), page);

        // As the gem: only a development build reads the remote; production needs repository: in _config.yml.
        BuildResult production = site.build(TestSite.options().withEnvironment("production"));
        assertTrue(production.warnings().toString().contains("jekyll-github-metadata found no repository"));
        Files.writeString(site.source().resolve("_config.yml"), "plugins: [jekyll-github-metadata]\nrepository: octo/proj\n");
        site.build(TestSite.options().withEnvironment("production"));
        assertTrue(site.output("index.html").endsWith("title=proj url=https://octo.github.io baseurl=/proj"),
                site.output("index.html"));
    }

    @Test
    void hugoAliasesRedirectAndLastmodIsTheDateTheSitemapShows() {
        TestSite site = TestSite.in(temp).file("_config.yml", CONFIG + "plugins: [jekyll-redirect-from, jekyll-sitemap]\n")
                .file("new.md", "---\naliases: [/old/]\nredirect_from: /older.html\nlastmod: 2022-02-02\n---\nNew.");
        site.build();
        assertTrue(site.output("old/index.html").contains("url=https://example.org/new.html"));
        assertTrue(site.exists("older.html"));
        assertTrue(site.output("sitemap.xml").contains("<loc>https://example.org/new.html</loc>"
                + "<lastmod>2022-02-02T00:00:00Z</lastmod>"), site.output("sitemap.xml"));
    }
}

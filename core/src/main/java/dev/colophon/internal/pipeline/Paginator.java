package dev.colophon.internal.pipeline;

import dev.colophon.url.UrlPaths;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Page;
import dev.colophon.model.Pagination;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * jekyll-paginate: the {@code index.html} in the folder of {@code paginate_path} (or the nearest one above
 * it) becomes pages 1 to N, each with a {@code paginator} describing its slice of the posts that are not
 * {@link Pagination#hides hidden}. The slice itself is filled in when the page is rendered (see {@code Variables#forContent}).
 */
final class Paginator {

    private final Pagination pagination;
    private final int postCount;

    /** @param postCount the posts to paginate: those not {@link Pagination#hides hidden} */
    Paginator(Pagination pagination, int postCount) {
        this.pagination = pagination;
        this.postCount = postCount;
    }

    List<Page> expand(List<Page> pages) {
        if (!pagination.enabled()) {
            return pages;
        }
        // The deepest candidate, as jekyll-paginate sorts them by the length of their path.
        Page index = pages.stream().filter(this::isCandidate)
                .min(Comparator.comparing((Page p) -> -p.path().length()).thenComparing(Page::path))
                .orElse(null);
        int total = (postCount + pagination.perPage() - 1) / pagination.perPage();
        if (index == null || total == 0) {
            return pages;
        }
        List<Page> out = new ArrayList<>(pages.size() + total);
        for (Page page : pages) {
            if (page == index) {
                out.addAll(paginate(page, total));
            } else {
                out.add(page);
            }
        }
        return out;
    }

    /**
     * An {@code index.html} (Colophon also takes {@code index.md}) whose folder is the folder of
     * {@code paginate_path}, or one above it.
     */
    private boolean isCandidate(Page page) {
        String path = page.path();
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        if (!name.equals("index.html") && !name.equals("index.md")) {
            return false;
        }
        String folder = slash < 0 ? "" : path.substring(0, slash);
        String target = pagination.indexFolder();
        return folder.isEmpty() || target.equals(folder) || target.startsWith(folder + "/");
    }

    private List<Page> paginate(Page index, int total) {
        int perPage = pagination.perPage();
        List<Page> out = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            Map<String, Object> paginator = new LinkedHashMap<>();
            paginator.put("page", (long) n);
            paginator.put("per_page", (long) perPage);
            paginator.put("total_posts", (long) postCount);
            paginator.put("total_pages", (long) total);
            paginator.put("previous_page", n > 1 ? (long) (n - 1) : null);
            paginator.put("previous_page_path", n > 1 ? pagination.pathOf(n - 1, index.url()) : null);
            paginator.put("next_page", n < total ? (long) (n + 1) : null);
            paginator.put("next_page_path", n < total ? pagination.pathOf(n + 1, index.url()) : null);
            Map<String, Object> values = new LinkedHashMap<>(index.frontMatter().values());
            values.put("paginator", paginator);
            FrontMatter fm = new FrontMatter(values, new HashMap<>(index.frontMatter().keyLines()));
            String url = pagination.urlOf(n, index.url());
            out.add(new Page(index.path(), index.title(), fm, index.html(), index.layout(), UrlPaths.encodePath(url),
                    n == 1 ? index.outputPath() : UrlPaths.outputPath(url, ".html")));
        }
        return out;
    }
}

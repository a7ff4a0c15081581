package dev.colophon.internal.pipeline;

import dev.colophon.url.UrlPaths;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Page;
import dev.colophon.model.Pagination;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * jekyll-paginate: the {@code index.html} in the folder of {@code paginate_path} becomes pages 1 to N,
 * each with a {@code paginator} describing its slice of the posts. The slice itself is filled in when the
 * page is rendered (see {@code Variables#forContent}).
 */
final class Paginator {

    private final Pagination pagination;
    private final int postCount;

    Paginator(Pagination pagination, int postCount) {
        this.pagination = pagination;
        this.postCount = postCount;
    }

    List<Page> expand(List<Page> pages) {
        if (!pagination.enabled()) {
            return pages;
        }
        List<Page> out = new ArrayList<>(pages.size() + 8);
        boolean done = false;
        for (Page page : pages) {
            if (!done && isIndex(page)) {
                done = true;
                out.addAll(paginate(page));
            } else {
                out.add(page);
            }
        }
        return out;
    }

    private boolean isIndex(Page page) {
        String name = page.path().substring(page.path().lastIndexOf('/') + 1);
        return page.url().equals(pagination.indexFolder()) && (name.equals("index.html") || name.equals("index.md"));
    }

    private List<Page> paginate(Page index) {
        int perPage = pagination.perPage();
        int total = Math.max(1, (postCount + perPage - 1) / perPage);
        List<Page> out = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            Map<String, Object> paginator = new LinkedHashMap<>();
            paginator.put("page", (long) n);
            paginator.put("per_page", (long) perPage);
            paginator.put("total_posts", (long) postCount);
            paginator.put("total_pages", (long) total);
            paginator.put("previous_page", n > 1 ? (long) (n - 1) : null);
            paginator.put("previous_page_path", n > 1 ? pagination.urlOf(n - 1, index.url()) : null);
            paginator.put("next_page", n < total ? (long) (n + 1) : null);
            paginator.put("next_page_path", n < total ? pagination.urlOf(n + 1, index.url()) : null);
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

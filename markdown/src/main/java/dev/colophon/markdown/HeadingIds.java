package dev.colophon.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Gives every heading of one document a GitHub-style id that no other heading of it has.
 *
 * <p>flexmark's own generator numbers repeats per base id only, so "Intro", "Intro", "Intro 1" would
 * give {@code intro-1} twice; this one checks every id it has handed out. The slug itself is flexmark's,
 * driven by the {@code HEADER_ID_GENERATOR_*} options. A heading whose text has no letters or digits
 * gets kramdown's fallback, {@code section}. Ids set in the text ({@code {#id}}) are kept, and no
 * generated id repeats one of them.
 */
final class HeadingIds implements HtmlIdGenerator {

    private static final String FALLBACK_ID = "section";

    private final Set<String> used = new HashSet<>();
    /**
     * The suffix to try next for a base id: the ones below it are taken, and stay so. Trying from 1 each
     * time made 20,000 headings "Same" cost 200 million lookups.
     */
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private String toDashChars = "";
    private String nonDashChars = "";
    private boolean noDupedDashes;
    private boolean nonAsciiToLowercase;

    @Override
    public void generateIds(Document document) {
        generateIds(document, null);
    }

    @Override
    public void generateIds(Document document, @Nullable AnchorRefTargetBlockPreVisitor preVisitor) {
        used.clear();
        nextSuffix.clear();
        toDashChars = HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(document);
        nonDashChars = HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(document);
        noDupedDashes = HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(document);
        nonAsciiToLowercase = HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(document);

        List<AnchorRefTarget> targets = new ArrayList<>();
        new AnchorRefTargetBlockVisitor() {
            @Override
            protected boolean preVisit(@NotNull Node node) {
                return preVisitor == null || preVisitor.preVisit(node, this);
            }

            @Override
            protected void visit(AnchorRefTarget target) {
                targets.add(target);
            }
        }.visit(document);

        // Ids given in the text ({#id}, {: #id}) first, so that no generated id takes one of them.
        for (AnchorRefTarget target : targets) {
            if (!target.getAnchorRefId().isEmpty()) {
                used.add(target.getAnchorRefId());
            }
        }
        for (AnchorRefTarget target : targets) {
            if (target.getAnchorRefId().isEmpty()) {
                String id = getId(target.getAnchorRefText());
                if (id != null) {
                    target.setAnchorRefId(id);
                }
            }
        }
    }

    @Override
    public @Nullable String getId(@NotNull Node node) {
        return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
    }

    @Override
    public @Nullable String getId(@NotNull CharSequence text) {
        if (text.toString().isBlank()) {
            return null;
        }
        String base = HeaderIdGenerator.generateId(text, toDashChars, nonDashChars, noDupedDashes, nonAsciiToLowercase);
        if (base.isEmpty()) {
            base = FALLBACK_ID;
        }
        String id = base;
        if (!used.add(id)) {
            int n = nextSuffix.getOrDefault(base, 1);
            do {
                id = base + "-" + n++;
            } while (!used.add(id));
            nextSuffix.put(base, n);
        }
        return id;
    }

    /** Makes one generator per rendered document, since the generator remembers the ids it gave out. */
    static final class Factory implements HeaderIdGeneratorFactory {
        @Override
        public @NotNull HtmlIdGenerator create(@NotNull LinkResolverContext context) {
            return new HeadingIds();
        }

        @Override
        public @NotNull HtmlIdGenerator create() {
            return new HeadingIds();
        }
    }
}

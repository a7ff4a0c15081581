package dev.colophon.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.dependency.FirstDependent;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Stops a document that nests more than {@link #MAX_DEPTH} deep: quotes in quotes, lists in lists, emphasis
 * in emphasis. A level is a node of the tree that holds others: a paragraph in 99 quotes is at level 100,
 * and a list item two levels below its list's parent. flexmark's renderer, its visitors and ours recurse once per level, so such a text would
 * overflow the stack (a few thousand {@code >} do), and nesting a line more deeply than the one before costs
 * flexmark time for every level open. markdown-it stops at 100 levels too; no article comes near.
 *
 * <p>Two checks, both failing the file with its line and column: one while blocks are read, before each
 * block start is looked for, which bounds the work on a line like {@code > > > …}; and one as each block's
 * inline content is parsed ({@link QuickMatchInlineParser}), before any post-processor walks the tree, for
 * spans nested in spans. The second walks the block without recursion.
 */
final class NestingLimit {

    static final int MAX_DEPTH = 100;

    private static final String HINT = "nest quotes, lists and emphasis at most " + MAX_DEPTH + " deep";

    private NestingLimit() {
    }

    private static MarkdownLimitException tooDeep(Node node) {
        return MarkdownLimitException.at(node.getChars(), node.getStartOffset(),
                "the Markdown nests more than " + MAX_DEPTH + " levels deep", HINT);
    }

    /** Fails if a node in {@code block}'s content lies deeper than the limit in the document. */
    static void check(Node block) {
        int depth = 0;
        for (Node parent = block.getParent(); parent != null; parent = parent.getParent()) {
            depth++;
        }
        Node deep = firstTooDeep(block, depth);
        if (deep != null) {
            throw tooDeep(deep);
        }
    }

    /**
     * The first node under {@code root} (which is at {@code rootDepth}) deeper than the limit, in document
     * order, or null. Only nodes with content count: text in a paragraph at the limit is fine.
     */
    private static Node firstTooDeep(Node root, int rootDepth) {
        int depth = rootDepth;
        Node node = root;
        while (node != null) {
            Node child = node.getFirstChild();
            if (child != null) {
                depth++;
                if (depth > MAX_DEPTH && child.hasChildren()) {
                    return child;
                }
                node = child;
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == root ? null : node.getNext();
        }
        return null;
    }

    /** Looks at the depth of the open blocks before any other block start is tried. */
    static final class BlockFactory implements CustomBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    // The document's own parser is the first of the open ones: with MAX_DEPTH others open,
                    // whatever starts here is one level too deep.
                    if (state.getActiveBlockParsers().size() > MAX_DEPTH) {
                        throw MarkdownLimitException.at(state.getLine(), state.getLine().getStartOffset()
                                + state.getIndex(), "the Markdown nests more than " + MAX_DEPTH
                                + " levels deep", HINT);
                    }
                    return BlockStart.none();
                }
            };
        }

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return Set.of(FirstDependent.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}

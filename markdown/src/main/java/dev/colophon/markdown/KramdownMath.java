package dev.colophon.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Map;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * kramdown's math, written as its default math engine (MathJax) writes it, which is what Jekyll sites get:
 * {@code $$a+b$$} in text becomes {@code \(a+b\)}, and a {@code $$…$$} block between blank lines becomes
 * {@code \[…\]}. The math is left as written, escaped for HTML: no Markdown and no typography in it.
 *
 * <p>A block starts with {@code $$} at a block boundary (after a blank line, or first in its container),
 * runs to the next {@code $$}, across blank lines too, and must be followed by a blank line, an attribute
 * list or the end; otherwise the text is a paragraph, its {@code $$…$$} inline math, as in kramdown.
 */
final class KramdownMath {

    private static final String DELIMITER = "$$";
    /** A part of its own, so that the attribute provider does not add the list's attributes a second time. */
    private static final AttributablePart WRAPPER = new AttributablePart("KRAMDOWN_MATH");

    private KramdownMath() {
    }

    /** {@code $$x$$} inside a paragraph. */
    static final class Inline extends Node {
        final String value;

        Inline(BasedSequence chars, String value) {
            super(chars);
            this.value = value;
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return new BasedSequence[] {getChars()};
        }
    }

    /** A {@code $$…$$} block. */
    static final class Display extends Block {
        private String value = "";

        Display() {
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    static void render(Inline node, NodeRendererContext context, HtmlWriter html) {
        html.raw("\\(").raw(escape(node.value)).raw("\\)");
    }

    /** {@code \[…\]} on its own line, or in a {@code div} with the attributes of an attribute list. */
    static void render(Display node, NodeRendererContext context, HtmlWriter html) {
        String math = "\\[" + escape(node.value) + "\\]";
        Map<String, String> attributes = KramdownAttributes.of(node);
        html.line();
        if (attributes.isEmpty()) {
            html.raw(math);
        } else {
            attributes.forEach(html::attr);
            html.withAttr(WRAPPER).tag("div").raw(math).raw("\n").tag("/div");
        }
        html.line();
    }

    /** kramdown's {@code escape_html(value)}: {@code & < >}, character references included. */
    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---------------------------------------------------------------------------------------------------
    // Inline math

    private static final class InlineParserImpl implements InlineParserExtension {
        @Override
        public boolean parse(@NotNull LightInlineParser inlineParser) {
            BasedSequence input = inlineParser.getInput();
            int index = inlineParser.getIndex();
            if (inlineParser.peek(1) != '$') {
                return false;
            }
            int close = input.indexOf(DELIMITER, index + 2);
            if (close < 0) {
                return false;
            }
            inlineParser.flushTextNode();
            inlineParser.getBlock().appendChild(new Inline(input.subSequence(index, close + 2),
                    input.subSequence(index + 2, close).toString().strip()));
            inlineParser.setIndex(close + 2);
            return true;
        }

        @Override
        public void finalizeDocument(@NotNull InlineParser inlineParser) {
        }

        @Override
        public void finalizeBlock(@NotNull InlineParser inlineParser) {
        }
    }

    static final class InlineFactory implements InlineParserExtensionFactory {
        @Override
        public @NotNull CharSequence getCharacters() {
            return "$";
        }

        @Override
        public @NotNull InlineParserExtension apply(@NotNull LightInlineParser inlineParser) {
            return new InlineParserImpl();
        }

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Block math

    private static final class BlockParser extends AbstractBlockParser {
        private final Display block = new Display();
        /** Where the line with the closing {@code $$} ends, in the document's characters. */
        private final int end;
        private final StringBuilder text = new StringBuilder();

        BlockParser(int end) {
            this.end = end;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return state.getLine().getStartOffset() < end ? BlockContinue.atIndex(state.getIndex())
                    : BlockContinue.none();
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
            text.append(line);
        }

        @Override
        public void closeBlock(ParserState state) {
            int open = text.indexOf(DELIMITER);
            int close = text.indexOf(DELIMITER, open + 2);
            block.value = close < 0 ? "" : text.substring(open + 2, close).strip();
            block.setCharsFromContent();
        }
    }

    static final class BlockFactory implements CustomBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new Starter(options);
        }

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class Starter extends AbstractBlockParserFactory {
        Starter(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || at + 1 >= line.length() || line.charAt(at) != '$'
                    || line.charAt(at + 1) != '$') {
                return BlockStart.none();
            }
            BasedSequence source = line.getBaseSequence();
            int lineStart = line.getStartOffset();
            boolean afterBoundary = lineStart == 0 || isBlank(source, previousLineStart(source, lineStart), lineStart)
                    || !matched.getBlockParser().getBlock().hasChildren() && !matched.getBlockParser().isParagraphParser();
            if (!afterBoundary) {
                return BlockStart.none();
            }
            int close = source.indexOf(DELIMITER, lineStart + at + 2);
            if (close < 0) {
                return BlockStart.none();
            }
            int end = close + 2;
            while (end < source.length() && (source.charAt(end) == ' ' || source.charAt(end) == '\t')) {
                end++;
            }
            if (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
                return BlockStart.none();
            }
            if (!beforeBoundary(source, end)) {
                return BlockStart.none();
            }
            return BlockStart.of(new BlockParser(end)).atIndex(at);
        }

        /** kramdown's {@code before_block_boundary?} on the line after {@code lineEnd}: blank, an attribute list, or the end. */
        private static boolean beforeBoundary(BasedSequence source, int lineEnd) {
            int next = lineEnd;
            if (next < source.length() && source.charAt(next) == '\r') {
                next++;
            }
            if (next < source.length() && source.charAt(next) == '\n') {
                next++;
            }
            if (next >= source.length()) {
                return true;
            }
            int nextEnd = next;
            while (nextEnd < source.length() && source.charAt(nextEnd) != '\n') {
                nextEnd++;
            }
            if (isBlank(source, next, nextEnd)) {
                return true;
            }
            String following = source.subSequence(next, nextEnd).toString().stripLeading();
            return following.startsWith("{:") && !following.startsWith("{::") && !following.startsWith("{:/");
        }

        private static int previousLineStart(BasedSequence source, int lineStart) {
            int start = lineStart - 1;
            while (start > 0 && source.charAt(start - 1) != '\n') {
                start--;
            }
            return start;
        }

        /** Whether a line holds nothing but white space and quote markers, i.e. is blank inside its containers. */
        private static boolean isBlank(BasedSequence source, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = source.charAt(i);
                if (c != ' ' && c != '\t' && c != '>' && c != '\r' && c != '\n') {
                    return false;
                }
            }
            return true;
        }
    }
}

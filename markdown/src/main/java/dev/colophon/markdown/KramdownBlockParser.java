package dev.colophon.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Reads kramdown's block-level attribute lines: an inline attribute list <code>{: .lead}</code> and an
 * attribute list definition <code>{:name: .lead}</code>, each alone on its line, indented at most three
 * spaces.
 *
 * <p>Such a line ends the paragraph before it, so {@code Text\n{: .lead}} is a paragraph and its attributes
 * rather than one paragraph. Unindented after a list or quote it is no lazy continuation either: it
 * follows the list or quote, and so applies to it, which is what {@code * TOC\n{:toc}} relies on. Lines
 * starting <code>{::</code> (kramdown's extensions) and <code>{:/</code> are not attribute lists.
 */
final class KramdownBlockParser extends AbstractBlockParser {

    private final Block block;

    private KramdownBlockParser(Block block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // One line only: tryContinue never accepts another.
    }

    @Override
    public void closeBlock(ParserState state) {
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
    }

    static final class Factory implements CustomBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new StartFactory(options);
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

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            if (start + 3 > line.length() || line.charAt(start) != '{' || line.charAt(start + 1) != ':') {
                return BlockStart.none();
            }
            // kramdown: ALD_START = /^ {0,3}\{:(\w[\w-]*):(ALD_ANY_CHARS+)\}\s*?\n/, IAL_BLOCK_START likewise
            // without the name, and never {:: or {:/; read by AttributeItems, as the expressions backtrack.
            BasedSequence rest = line.subSequence(start);
            int nameEnd = 2;
            while (nameEnd < rest.length()
                    && (isWord(rest.charAt(nameEnd)) || nameEnd > 2 && rest.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            if (nameEnd > 2 && nameEnd < rest.length() && rest.charAt(nameEnd) == ':') {
                int close = AttributeItems.closingBraceOfLine(rest, nameEnd + 1, true);
                if (close >= 0) {
                    Block node = new KramdownNodes.AttributeDefinition(rest.trimEOL(),
                            rest.subSequence(2, nameEnd).toString(),
                            AttributeList.parse(rest.subSequence(nameEnd + 1, close)));
                    return BlockStart.of(new KramdownBlockParser(node)).atIndex(line.length());
                }
            }
            char after = rest.charAt(2);
            int close = after == ':' || after == '/' ? -1 : AttributeItems.closingBraceOfLine(rest, 2, false);
            if (close >= 0) {
                Block node = new KramdownNodes.BlockAttributes(rest.trimEOL(),
                        AttributeList.parse(rest.subSequence(2, close)));
                return BlockStart.of(new KramdownBlockParser(node)).atIndex(line.length());
            }
            return BlockStart.none();
        }
    }
}

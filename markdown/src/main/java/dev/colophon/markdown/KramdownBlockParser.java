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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    // kramdown: ALD_START = /^ {0,3}\{:(\w[\w-]*):(ALD_ANY_CHARS+)\}\s*?\n/, IAL_BLOCK_START likewise
    // without the name, and never {:: or {:/.
    private static final Pattern DEFINITION = Pattern.compile("\\{:(\\w[\\w-]*):((?:\\\\}|[^}\\n])*)}[ \\t]*\\R?");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{:(?![:/])((?:\\\\}|[^}\\n])+)}[ \\t]*\\R?");

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
            BasedSequence rest = line.subSequence(start);
            Matcher definition = DEFINITION.matcher(rest);
            if (definition.matches()) {
                Block node = new KramdownNodes.AttributeDefinition(rest.trimEOL(), definition.group(1),
                        AttributeList.parse(definition.group(2)));
                return BlockStart.of(new KramdownBlockParser(node)).atIndex(line.length());
            }
            Matcher attributes = ATTRIBUTES.matcher(rest);
            if (attributes.matches()) {
                Block node = new KramdownNodes.BlockAttributes(rest.trimEOL(),
                        AttributeList.parse(attributes.group(1)));
                return BlockStart.of(new KramdownBlockParser(node)).atIndex(line.length());
            }
            return BlockStart.none();
        }
    }
}

package dev.colophon.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.List;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * flexmark's heading, code fence and thematic break starts without their costly paths; {@link KramdownExtension}
 * turns flexmark's own off and adds these, in the same place among the block starts.
 * <ul>
 * <li>The heading start builds the whole paragraph so far as one text on every line of a paragraph, to see
 *     whether there is one (a {@code ---} under it makes it a heading): a paragraph of 40,000 lines, such as
 *     a long table or list of link definitions, took minutes. Here it is told that there is one, without the
 *     text, which it does not use.
 * <li>The thematic break's expression, {@code (?:\*[ \t]*){3,}}, recurses once per character of the line:
 *     a line of a few thousand {@code *} or {@code - - -} overflowed the stack. Here the line is scanned.
 * <li>The code fence's expression, {@code `{3,}(?!.*`)}, looks through the rest of the line once for each
 *     length of the opening run it tries: a line of 100,000 backticks and one more after them took seconds,
 *     a longer one minutes. Here such a line, which is no fence, is told apart first.
 * </ul>
 */
final class LinearBlockStarts {

    private LinearBlockStarts() {
    }

    /** Turns off the block starts these replace. */
    static void replaceFlexmarks(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
    }

    /** flexmark's heading start, given a paragraph it need not build. */
    static final class Headings implements CustomBlockParserFactory {
        private final HeadingParser.Factory flexmarks = new HeadingParser.Factory();

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            BlockParserFactory starts = flexmarks.apply(options);
            return (state, matched) -> starts.tryStart(state, new ParagraphKnown(matched));
        }

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class);
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            // flexmark's order, where the others name HeadingParser.Factory, which is no longer there.
            return Set.of(Fences.class, HtmlBlockParser.Factory.class, ThematicBreaks.class,
                    ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return flexmarks.affectsGlobalScope();
        }

        @Override
        public @Nullable SpecialLeadInHandler getLeadInHandler(@NotNull DataHolder options) {
            return flexmarks.getLeadInHandler(options);
        }
    }

    /** flexmark's code fence start, asked only about lines that may open a fence. */
    static final class Fences implements CustomBlockParserFactory {
        private final FencedCodeBlockParser.Factory flexmarks = new FencedCodeBlockParser.Factory();

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            BlockParserFactory starts = flexmarks.apply(options);
            return (state, matched) -> mayOpen(state.getLine(), state.getNextNonSpaceIndex())
                    ? starts.tryStart(state, matched) : BlockStart.none();
        }

        /**
         * Whether a fence may open at {@code from}: anything but a run of backticks or tildes, which opens one
         * only if it is three or more long and no character of the run follows it on the line (what the
         * expression's look-ahead checks, {@code `{3,}(?!.*`)|~{3,}(?!.*~)}).
         */
        static boolean mayOpen(CharSequence line, int from) {
            if (from >= line.length() || line.charAt(from) != '`' && line.charAt(from) != '~') {
                return true;
            }
            char marker = line.charAt(from);
            int end = from;
            while (end < line.length() && line.charAt(end) == marker) {
                end++;
            }
            if (end - from < 3) {
                return false;
            }
            for (int i = end; i < line.length(); i++) {
                if (line.charAt(i) == marker) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class, Headings.class);
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return Set.of(HtmlBlockParser.Factory.class, ThematicBreaks.class, ListBlockParser.Factory.class,
                    IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return flexmarks.affectsGlobalScope();
        }

        @Override
        public @Nullable SpecialLeadInHandler getLeadInHandler(@NotNull DataHolder options) {
            return flexmarks.getLeadInHandler(options);
        }
    }

    /**
     * A matched block whose paragraph content is only ever tested for null: flexmark's heading start takes
     * the lines from {@link #getParagraphLines()} when it makes a heading of them.
     */
    private record ParagraphKnown(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }

    /** CommonMark's thematic break, three or more {@code *}, {@code -} or {@code _} with spaces or tabs between. */
    static final class ThematicBreaks implements CustomBlockParserFactory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            boolean relaxedStart = Parser.THEMATIC_BREAK_RELAXED_START.get(options);
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    if (state.getIndent() >= 4 || matched.getBlockParser().isParagraphParser() && !relaxedStart) {
                        return BlockStart.none();
                    }
                    BasedSequence line = state.getLine();
                    if (!isBreak(line, state.getNextNonSpaceIndex())) {
                        return BlockStart.none();
                    }
                    return BlockStart.of(new ThematicBreakParser(line.subSequence(state.getIndex())))
                            .atIndex(line.length());
                }
            };
        }

        /** flexmark's {@code ^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$}, matched. */
        static boolean isBreak(CharSequence line, int from) {
            if (from >= line.length()) {
                return false;
            }
            char marker = line.charAt(from);
            if (marker != '*' && marker != '-' && marker != '_') {
                return false;
            }
            int markers = 0;
            for (int i = from; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == marker) {
                    markers++;
                } else if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return markers >= 3;
        }

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class, Headings.class, Fences.class, HtmlBlockParser.Factory.class);
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return Set.of(ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}

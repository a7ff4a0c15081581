package dev.colophon.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Reads kramdown's span-level syntax that starts with a brace: a span attribute list
 * <code>*emphasis*{: .class}</code>, and the <code>{#id}</code> that may end a heading.
 *
 * <p>It runs at each {@code {} the inline parser reaches, so text inside code spans, autolinks and raw
 * HTML is never looked at, and the whole list is taken at once, before typographic quotes could turn the
 * quotes of {@code key="value"} into curly ones.
 */
final class KramdownInlineParser implements InlineParserExtension {

    /** The text of the last scan for a list's end, where it stopped, and its last escaped brace before that. */
    private BasedSequence scanned;
    private int stop;
    private int lastEscaped;

    // kramdown: HEADER_ID = /[\t ]{#(?<id>[A-Za-z][\w:-]*)}\z/
    private static final Pattern HEADING_ID = Pattern.compile("\\{#([A-Za-z][\\w:-]*)}[ \\t]*$");

    @Override
    public boolean parse(@NotNull LightInlineParser inlineParser) {
        if (inlineParser.peek(1) == ':') {
            return parseSpanAttributes(inlineParser);
        }
        if (inlineParser.peek(1) == '#' && inlineParser.getBlock() instanceof Heading) {
            return parseHeadingId(inlineParser);
        }
        return false;
    }

    /**
     * kramdown's {@code IAL_SPAN_START = /\{:(ALD_ANY_CHARS+)\}/}, but not <code>{::</code> (extensions) or
     * <code>{:/</code> (their ends); read as {@link AttributeItems#closingBrace} reads it, as the expression
     * backtracks.
     */
    private boolean parseSpanAttributes(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int index = inlineParser.getIndex();
        char after = index + 2 < input.length() ? input.charAt(index + 2) : ':';
        int close = after == ':' || after == '/' ? -1 : closingBrace(input, index + 2);
        if (close < 0) {
            return false;
        }
        String text = input.subSequence(index + 2, close).toString();
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new KramdownNodes.SpanAttributes(
                input.subSequence(index, close + 1), AttributeList.parse(text), AttributeList.isWellFormed(text)));
        inlineParser.setIndex(close + 1);
        return true;
    }

    /**
     * {@link AttributeItems#closingBrace} for a list at {@code from}, remembering where the scan stopped: a
     * line of many <code>{:</code> and no brace ({@code {:a {:a …}) scanned the rest of the line from each.
     * Where a list ends does not depend on where it starts, as long as it starts before that end: at the
     * first brace no backslash escapes, or the line's end, or before it at the last escaped brace.
     */
    private int closingBrace(BasedSequence input, int from) {
        if (input != scanned || from > stop) {
            scanned = input;
            stop = input.length();
            lastEscaped = -1;
            for (int i = from; i < input.length(); i++) {
                char c = input.charAt(i);
                if (c == '\n' || c == '}' && (i == from || input.charAt(i - 1) != '\\')) {
                    stop = i;
                    break;
                }
                if (c == '}') {
                    lastEscaped = i;
                }
            }
        }
        if (stop < input.length() && input.charAt(stop) == '}') {
            return stop > from ? stop : -1;
        }
        return lastEscaped >= from ? lastEscaped : -1;
    }

    private static boolean parseHeadingId(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int index = inlineParser.getIndex();
        if (index == 0 || (input.charAt(index - 1) != ' ' && input.charAt(index - 1) != '\t')) {
            return false;
        }
        Matcher matcher = HEADING_ID.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.lookingAt()) {
            return false;
        }
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new KramdownNodes.HeadingId(
                input.subSequence(index, matcher.end()), matcher.group(1)));
        inlineParser.setIndex(matcher.end());
        return true;
    }

    @Override
    public void finalizeDocument(@NotNull InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(@NotNull InlineParser inlineParser) {
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public @NotNull CharSequence getCharacters() {
            return "{";
        }

        @Override
        public @NotNull InlineParserExtension apply(@NotNull LightInlineParser inlineParser) {
            return new KramdownInlineParser();
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
}

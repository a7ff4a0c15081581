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

    // kramdown: IAL_SPAN_START = /\{:(ALD_ANY_CHARS+)\}/, but not {:: (extensions) or {:/ (their ends).
    private static final Pattern SPAN_ATTRIBUTES = Pattern.compile("\\{:(?![:/])((?:\\\\}|[^}\\n])+)}");
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

    private static boolean parseSpanAttributes(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int index = inlineParser.getIndex();
        Matcher matcher = SPAN_ATTRIBUTES.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.lookingAt()) {
            return false;
        }
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new KramdownNodes.SpanAttributes(
                input.subSequence(index, matcher.end()), AttributeList.parse(matcher.group(1)),
                AttributeList.isWellFormed(matcher.group(1))));
        inlineParser.setIndex(matcher.end());
        return true;
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

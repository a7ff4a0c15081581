package dev.colophon.markdown;

import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, matching its patterns without {@link Matcher#toMatchResult()}: that copies the
 * whole paragraph into a new String on every match (every space skipped around a link, every entity, code
 * span or link destination), about a twentieth of the time of converting a post. The match is the same.
 */
final class QuickMatchInlineParser extends InlineParserImpl {

    QuickMatchInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /**
     * flexmark's inline HTML, with comments as CommonMark 0.31 has them: {@code <!-->}, {@code <!--->}, or
     * {@code <!--} up to the first {@code -->}, so "--" may be inside. flexmark's are 0.29's, which showed
     * {@code <!-- a -- b -->} as text.
     */
    @Override
    public boolean parseHtmlInline() {
        if (input.length() - index >= 5 && input.charAt(index + 1) == '!' && input.charAt(index + 2) == '-'
                && input.charAt(index + 3) == '-') {
            int end;
            if (input.charAt(index + 4) == '>') {
                end = index + 5;
            } else if (input.charAt(index + 4) == '-' && index + 5 < input.length() && input.charAt(index + 5) == '>') {
                end = index + 6;
            } else {
                int close = input.indexOf("-->", index + 4);
                end = close < 0 ? -1 : close + 3;
            }
            if (end > 0) {
                appendNode(new HtmlInlineComment(input.subSequence(index, end)));
                index = end;
                return true;
            }
        }
        return super.parseHtmlInline();
    }

    /** The matcher after a match at or after the current index, which it moves past the match; or null. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}

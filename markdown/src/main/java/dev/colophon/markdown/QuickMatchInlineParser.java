package dev.colophon.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, matching its patterns without {@link Matcher#toMatchResult()}: that copies the
 * whole paragraph into a new String on every match (every space skipped around a link, every entity, code
 * span or link destination), about a twentieth of the time of converting a post. The match is the same.
 *
 * <p>Code spans find their closing backticks in a table of the paragraph's backtick runs: flexmark looks
 * through the rest of the paragraph for each opening run, so runs of many different lengths (one of each,
 * {@code ` `` ``` …}) took time quadratic in the paragraph's length. Link destinations are ended the same
 * way: flexmark scans from each {@code ](} to the end of a destination, which in text like
 * {@code [a](<b[a](<b…} (parentheses that never close, no space) is the end of the paragraph.
 */
final class QuickMatchInlineParser extends InlineParserImpl {

    /** The paragraph {@link #runs} were read from. */
    private BasedSequence runsOf;
    /** Where the paragraph's backtick runs start, in order, by their length. */
    private Map<Integer, int[]> runs;
    /** The paragraph {@link #nextCommentEnd} was found in, and the first {@code -->} after the last search. */
    private BasedSequence commentEndsOf;
    private int nextCommentEnd;
    /** How far a destination is scanned before the table of {@link Destinations} is made instead. */
    private static final int SHORT = 1024;
    /** The paragraph {@link #destinations} were read from. */
    private BasedSequence destinationsOf;
    private Destinations destinations;

    QuickMatchInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    /** flexmark's, and then the depth of what it made checked ({@link NestingLimit}). */
    @Override
    public void parse(BasedSequence content, Node block) {
        super.parse(content, block);
        NestingLimit.check(block);
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
                int close = commentEnd(index + 4);
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

    /** flexmark's {@code parseBackticks}, with the closing run looked up rather than searched for. */
    @Override
    protected boolean parseBackticks() {
        if (options.codeSoftLineBreaks) {
            return super.parseBackticks();
        }
        int start = index;
        int end = runEnd(start);
        if (end == start) {
            return false;
        }
        int length = end - start;
        int close = closingRun(length, end);
        if (close < 0) {
            index = end;
            appendText(input.subSequence(start, end));
            return true;
        }
        BasedSequence text = input.subSequence(end, close);
        Code code = new Code(input.subSequence(start, end), text, input.subSequence(close, close + length));
        code.appendChild(new Text(text));
        appendNode(code);
        index = close + length;
        return true;
    }

    /**
     * flexmark's {@code parseLinkDestination} with its hand-written scanner ({@code LinkDestinationParser})
     * answered from a table of the paragraph, for the options that scanner has here: matched parentheses
     * allowed, no spaces, no Jekyll macros. Other options go to flexmark.
     */
    @Override
    public BasedSequence parseLinkDestination() {
        boolean ours = options.useHardcodedLinkAddressParser && options.linksAllowMatchedParentheses
                && !options.spaceInLinkUrls && !options.parseJekyllMacrosInUrls && !options.intellijDummyIdentifier
                // The table pairs backslashes from the start of the paragraph; a destination right after a
                // backslash might pair it otherwise.
                && (index == 0 || input.charAt(index - 1) != '\\');
        if (!ours) {
            return super.parseLinkDestination();
        }
        int angled = angledDestinationEnd(index);
        if (angled >= 0) {
            BasedSequence destination = input.subSequence(index, angled);
            index = angled;
            return destination;
        }
        int end = scannedEnd(index);
        if (end < 0) {
            // Long: the table, made once per paragraph (reference definitions give a new one each).
            if (destinationsOf != input) {
                destinations = new Destinations(input);
                destinationsOf = input;
            }
            end = destinations.end(index);
        }
        BasedSequence destination = input.subSequence(index, end);
        index = end;
        return destination;
    }

    /**
     * The end of a destination in angle brackets at {@code start}, or -1: flexmark's
     * {@code ^<(?:[^<> \t\n\\\x00]|\\[escapable]|\\)*>} scanned, as the expression recursed once per
     * character (a long {@code <…} overflowed the stack). Where no {@code >} closes it before a character that
     * may not be in it, the expression backtracks to its last escaped {@code \>}, and so does this.
     */
    private int angledDestinationEnd(int start) {
        int n = input.length();
        if (start >= n || input.charAt(start) != '<') {
            return -1;
        }
        int lastEscaped = -1;
        for (int i = start + 1; i < n; i++) {
            char c = input.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<' || c == ' ' || c == '\t' || c == '\n' || c == '\0') {
                break;
            }
            if (c == '\\' && i + 1 < n && isEscapable(input.charAt(i + 1))) {
                i++;
                if (input.charAt(i) == '>') {
                    lastEscaped = i;
                }
            }
        }
        return lastEscaped < 0 ? -1 : lastEscaped + 1;
    }

    /**
     * Where flexmark's destination scanner stops, if that is within {@link #SHORT} characters of
     * {@code start}; else -1. Most destinations are short, and scanned so at no cost for a table.
     */
    private int scannedEnd(int start) {
        int n = Math.min(input.length(), start + SHORT);
        int open = 0;
        for (int i = start; i < n; i++) {
            char c = input.charAt(i);
            if (c == '\\' && i + 1 < input.length() && Escaping.ESCAPABLE_CHARS.indexOf(input.charAt(i + 1)) >= 0) {
                i++;
            } else if (c <= ' ' || c == ')' && open == 0) {
                return i;
            } else if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
            }
        }
        return n == input.length() ? n : -1;
    }

    /** flexmark's {@code Escaping.ESCAPABLE}: ASCII punctuation. */
    private static boolean isEscapable(char c) {
        return c == '!' || Escaping.ESCAPABLE_CHARS.indexOf(c) >= 0;
    }

    private int runEnd(int start) {
        int end = start;
        while (end < input.length() && input.charAt(end) == '`') {
            end++;
        }
        return end;
    }

    /**
     * The first run of exactly {@code length} backticks starting at or after {@code from}, or -1. An opening
     * run ends where a backtick is not, so the runs after it are whole runs, as flexmark's search finds them.
     */
    private int closingRun(int length, int from) {
        if (runsOf != input) {
            runs = runsByLength();
            runsOf = input;
        }
        int[] starts = runs.get(length);
        if (starts == null) {
            return -1;
        }
        int at = Arrays.binarySearch(starts, from);
        int next = at >= 0 ? at : -at - 1;
        return next < starts.length ? starts[next] : -1;
    }

    private Map<Integer, int[]> runsByLength() {
        Map<Integer, List<Integer>> found = new HashMap<>();
        for (int i = 0; i < input.length(); ) {
            if (input.charAt(i) != '`') {
                i++;
                continue;
            }
            int end = runEnd(i);
            found.computeIfAbsent(end - i, n -> new ArrayList<>()).add(i);
            i = end;
        }
        Map<Integer, int[]> byLength = new HashMap<>();
        found.forEach((length, starts) -> byLength.put(length, starts.stream().mapToInt(Integer::intValue).toArray()));
        return byLength;
    }

    /**
     * The first {@code -->} at or after {@code from}, remembered: searching from each of many unclosed
     * {@code <!--} took time quadratic in the paragraph.
     */
    private int commentEnd(int from) {
        if (commentEndsOf != input || nextCommentEnd != -1 && nextCommentEnd < from) {
            nextCommentEnd = input.indexOf("-->", from);
            commentEndsOf = input;
        }
        return nextCommentEnd;
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

    /**
     * Where flexmark's destination scanner stops, for every start in one paragraph. It takes any character
     * but white space and control characters, a backslash escaping the next punctuation character, and
     * parentheses while they balance: it stops at the first space or control character, or at the first
     * {@code )} that closes more than it opened. With the balance of parentheses counted from the start of
     * the paragraph, that {@code )} is the first after the start at which the balance is the start's.
     */
    private static final class Destinations {
        /** The first space or control character at or after each place, not escaped; or the length. */
        private final int[] nextStop;
        /** The balance of parentheses before each place. */
        private final int[] balance;
        /** The places of the {@code )} that are not escaped, by the balance before them. */
        private final Map<Integer, List<Integer>> closings = new HashMap<>();
        private final Map<Integer, int[]> closingArrays = new HashMap<>();

        Destinations(BasedSequence text) {
            int n = text.length();
            boolean[] escaped = new boolean[n + 1];
            for (int i = 0; i < n; i++) {
                if (text.charAt(i) == '\\' && i + 1 < n && Escaping.ESCAPABLE_CHARS.indexOf(text.charAt(i + 1)) >= 0) {
                    escaped[++i] = true;
                }
            }
            balance = new int[n + 1];
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                int b = balance[i];
                if (!escaped[i] && c == '(') {
                    b++;
                } else if (!escaped[i] && c == ')') {
                    closings.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
                    b--;
                }
                balance[i + 1] = b;
            }
            nextStop = new int[n + 1];
            nextStop[n] = n;
            for (int i = n - 1; i >= 0; i--) {
                nextStop[i] = !escaped[i] && text.charAt(i) <= ' ' ? i : nextStop[i + 1];
            }
        }

        int end(int start) {
            int[] ats = closingArrays.computeIfAbsent(balance[start],
                    b -> closings.getOrDefault(b, List.of()).stream().mapToInt(Integer::intValue).toArray());
            int at = Arrays.binarySearch(ats, start);
            int next = at >= 0 ? at : -at - 1;
            int close = next < ats.length ? ats[next] : Integer.MAX_VALUE;
            return Math.min(close, nextStop[start]);
        }
    }
}

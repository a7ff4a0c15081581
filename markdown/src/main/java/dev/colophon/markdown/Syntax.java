package dev.colophon.markdown;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional Markdown syntax a text may use, told from characters each kind cannot do without: a table
 * needs a {@code |}, a footnote {@code [^}, an abbreviation {@code *[}, strikethrough {@code ~}, a task
 * {@code [ ]} or {@code [x]}, a definition a {@code :} opening a line (after any container's prefix), a
 * bare link what {@link BareLinks} looks for. The answer errs on the side of "may".
 */
final class Syntax {

    static final int TABLES = 1;
    static final int STRIKETHROUGH = 1 << 1;
    static final int TASKS = 1 << 2;
    static final int ABBREVIATIONS = 1 << 3;
    static final int DEFINITIONS = 1 << 4;
    static final int FOOTNOTES = 1 << 5;
    static final int AUTOLINKS = 1 << 6;
    static final int ALL = (1 << 7) - 1;

    private Syntax() {
    }

    /**
     * The syntax {@code markdown} may use, bare links aside (see {@link BareLinks}): one pass over the
     * characters, as this runs on every post (eight {@code indexOf} scans cost a few percent of a build).
     */
    static int of(String markdown) {
        char[] chars = markdown.toCharArray();
        int length = chars.length;
        int syntax = 0;
        // Whether the line so far holds only white space and container or list markers: a ':' then may
        // be a definition's marker.
        boolean markersOnly = true;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            switch (c) {
                case '|' -> syntax |= TABLES;
                case '~' -> syntax |= STRIKETHROUGH;
                case '*' -> {
                    if (i + 1 < length && chars[i + 1] == '[') {
                        syntax |= ABBREVIATIONS;
                    }
                }
                case '[' -> {
                    if (i + 1 < length && chars[i + 1] == '^') {
                        syntax |= FOOTNOTES;
                    } else if (i + 2 < length && chars[i + 2] == ']'
                            && (chars[i + 1] == ' ' || chars[i + 1] == 'x' || chars[i + 1] == 'X')) {
                        syntax |= TASKS;
                    }
                }
                case ':' -> {
                    if (markersOnly) {
                        syntax |= DEFINITIONS;
                    }
                }
                default -> {
                }
            }
            if (c == '\n') {
                markersOnly = true;
            } else if (markersOnly && !isMarker(c)) {
                markersOnly = false;
            }
        }
        return syntax;
    }

    /** White space or a character of a container's or list item's marker: {@code > - * + . )} and digits. */
    private static boolean isMarker(char c) {
        return c == ' ' || c == '\t' || c == '>' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')'
                || (c >= '0' && c <= '9');
    }

    /**
     * The extensions for {@code syntax}, in one fixed order (flexmark applies them in list order), with
     * typography and kramdown's habits always.
     */
    static List<Extension> extensions(int syntax) {
        List<Extension> extensions = new ArrayList<>();
        if ((syntax & TABLES) != 0) {
            extensions.add(TablesExtension.create());
        }
        if ((syntax & STRIKETHROUGH) != 0) {
            extensions.add(StrikethroughExtension.create());
        }
        if ((syntax & TASKS) != 0) {
            extensions.add(TaskListExtension.create());
        }
        extensions.add(TypographicExtension.create());
        if ((syntax & ABBREVIATIONS) != 0) {
            extensions.add(AbbreviationExtension.create());
        }
        if ((syntax & DEFINITIONS) != 0) {
            extensions.add(DefinitionExtension.create());
        }
        extensions.add(KramdownExtension.create());
        if ((syntax & FOOTNOTES) != 0) {
            extensions.add(FootnoteExtension.create());
        }
        if ((syntax & AUTOLINKS) != 0) {
            extensions.add(AutolinkExtension.create());
        }
        return extensions;
    }
}

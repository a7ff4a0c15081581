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

    /** The syntax {@code markdown} may use, bare links aside (see {@link BareLinks}). */
    static int of(String markdown) {
        int syntax = 0;
        if (markdown.indexOf('|') >= 0) {
            syntax |= TABLES;
        }
        if (markdown.indexOf('~') >= 0) {
            syntax |= STRIKETHROUGH;
        }
        if (markdown.contains("[ ]") || markdown.contains("[x]") || markdown.contains("[X]")) {
            syntax |= TASKS;
        }
        if (markdown.contains("*[")) {
            syntax |= ABBREVIATIONS;
        }
        if (mayDefine(markdown)) {
            syntax |= DEFINITIONS;
        }
        if (markdown.contains("[^")) {
            syntax |= FOOTNOTES;
        }
        return syntax;
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

    /**
     * Whether a line has a {@code :} with only white space and container or list markers before it,
     * where a definition's marker could be.
     */
    private static boolean mayDefine(String markdown) {
        for (int colon = markdown.indexOf(':'); colon >= 0; colon = markdown.indexOf(':', colon + 1)) {
            int i = colon - 1;
            while (i >= 0 && " \t>-*+.)0123456789".indexOf(markdown.charAt(i)) >= 0) {
                i--;
            }
            if (i < 0 || markdown.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}

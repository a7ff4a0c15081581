package dev.colophon.frontmatter;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import java.util.Optional;

/**
 * A front matter block cut out of a file between delimiter lines: a first line that is the fence's mark,
 * then the block's lines, then a closing line; delimiter lines may end in spaces. Jekyll's YAML uses
 * {@code ---} (closed by {@code ---} or {@code ...}), Hugo's TOML {@code +++}.
 *
 * @param content the lines between the delimiters, with their line ends
 * @param contentLine the 1-based file line the content starts on
 * @param body the text after the closing delimiter line
 * @param bodyLine the 1-based file line the body starts on
 */
record FrontMatterBlock(String content, int contentLine, String body, int bodyLine) {

    /** The delimiter lines of one kind of front matter. */
    enum Fence {
        YAML("---", "..."),
        TOML("+++", "+++");

        private final String mark;
        private final String otherClosing;

        Fence(String mark, String otherClosing) {
            this.mark = mark;
            this.otherClosing = otherClosing;
        }

        /** Whether a line is the mark (or, closing, the other closing mark) followed only by white space. */
        boolean isDelimiter(String line, boolean closing) {
            String stripped = line.stripTrailing();
            return stripped.equals(mark) || closing && stripped.equals(otherClosing);
        }
    }

    /**
     * Finds the block at the start of a file.
     *
     * @return the block, or empty when the file does not start with the fence's mark on a line of its own
     * @throws SourceException when the block is opened but never closed
     */
    static Optional<FrontMatterBlock> find(String path, String fileText, Fence fence) {
        String text = SafeYaml.withoutBom(fileText);
        int firstLineEnd = text.indexOf('\n');
        if (!fence.isDelimiter(firstLineEnd < 0 ? text : text.substring(0, firstLineEnd), false)) {
            return Optional.empty();
        }
        // Line by line up to the closing delimiter only: the body, most of the file, is not split.
        int contentStart = firstLineEnd + 1;
        // A file of one delimiter line opens a block and ends: lineStart past the end skips the loop.
        int lineStart = firstLineEnd < 0 ? text.length() + 1 : contentStart;
        int line = 2;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            if (fence.isDelimiter(text.substring(lineStart, lineEnd), true)) {
                int bodyStart = Math.min(lineEnd + 1, text.length());
                int bodyLine = line + 1;
                // Jekyll's pattern ends the block with ---\s*$\n?, whose \s* runs over the blank lines after
                // it: the body starts at its first line with text (a hand-written feed.xml starts with <?xml).
                int next;
                while ((next = text.indexOf('\n', bodyStart)) >= 0 && text.substring(bodyStart, next).isBlank()) {
                    bodyStart = next + 1;
                    bodyLine++;
                }
                if (text.substring(bodyStart).isBlank()) {
                    bodyStart = text.length();
                }
                return Optional.of(new FrontMatterBlock(text.substring(contentStart, lineStart), 2,
                        text.substring(bodyStart), bodyLine));
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
            line++;
        }
        throw new SourceException(new SourcePosition(path, 1, 1), "front matter is not closed",
                "end the block with a line '" + fence.mark + "'");
    }
}

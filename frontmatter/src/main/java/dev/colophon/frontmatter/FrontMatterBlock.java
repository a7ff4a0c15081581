package dev.colophon.frontmatter;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import java.util.Optional;

/**
 * A front matter block cut out of a file by Jekyll's rule: a first line {@code ---}, then YAML lines, then
 * a line {@code ---} or {@code ...}; delimiter lines may end in spaces.
 *
 * @param yaml the lines between the delimiters, with their line ends
 * @param yamlLine the 1-based file line the YAML starts on
 * @param body the text after the closing delimiter line
 * @param bodyLine the 1-based file line the body starts on
 */
record FrontMatterBlock(String yaml, int yamlLine, String body, int bodyLine) {

    /**
     * Finds the block at the start of a file.
     *
     * @return the block, or empty when the file does not start with a line {@code ---}
     * @throws SourceException when the block is opened but never closed
     */
    static Optional<FrontMatterBlock> find(String path, String fileText) {
        String text = SafeYaml.withoutBom(fileText);
        int firstLineEnd = text.indexOf('\n');
        if (!isDelimiter(firstLineEnd < 0 ? text : text.substring(0, firstLineEnd), false)) {
            return Optional.empty();
        }
        // Line by line up to the closing delimiter only: the body, most of the file, is not split.
        int yamlStart = firstLineEnd + 1;
        // A file of one line "---" opens a block and ends: lineStart past the end skips the loop.
        int lineStart = firstLineEnd < 0 ? text.length() + 1 : yamlStart;
        int line = 2;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            if (isDelimiter(text.substring(lineStart, lineEnd), true)) {
                int bodyStart = Math.min(lineEnd + 1, text.length());
                return Optional.of(new FrontMatterBlock(text.substring(yamlStart, lineStart), 2,
                        text.substring(bodyStart), line + 1));
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
            line++;
        }
        throw new SourceException(new SourcePosition(path, 1, 1), "front matter is not closed",
                "end the block with a line '---'");
    }

    /** Whether a line is {@code ---} (or, closing, {@code ...}) followed only by white space, such as a CR. */
    private static boolean isDelimiter(String line, boolean closing) {
        String mark = line.stripTrailing();
        return mark.equals("---") || closing && mark.equals("...");
    }
}

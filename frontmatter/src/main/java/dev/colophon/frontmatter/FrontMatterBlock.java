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
        String[] lines = text.split("\n", -1);
        int yamlStart = lines[0].length() + 1;
        int offset = yamlStart; // where lines[i] starts
        for (int i = 1; i < lines.length; i++) {
            if (isDelimiter(lines[i], true)) {
                int bodyStart = Math.min(offset + lines[i].length() + 1, text.length());
                // lines[i] is line i + 1 of the file, so the YAML starts on line 2 and the body on i + 2.
                return Optional.of(new FrontMatterBlock(
                        text.substring(yamlStart, offset), 2, text.substring(bodyStart), i + 2));
            }
            offset += lines[i].length() + 1;
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

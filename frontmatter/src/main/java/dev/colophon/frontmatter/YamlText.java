package dev.colophon.frontmatter;

import dev.colophon.diagnostic.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A piece of YAML and where it sits in its file, so that errors name the file's line, not the block's.
 *
 * @param file the file, as messages show it
 * @param what what the YAML is, for hints: "the front matter" or "the file"
 * @param text the YAML
 * @param firstLine the 1-based line of the file that the YAML's first line is on
 */
record YamlText(String file, String what, String text, int firstLine) {

    /** The file position of a SnakeYAML mark, whose line and column count from 0. */
    SourcePosition at(Mark mark) {
        return new SourcePosition(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /** The file position where a node starts. */
    SourcePosition at(Node node) {
        return at(node.getStartMark());
    }

    /** The first line of the YAML, for problems that SnakeYAML does not place. */
    SourcePosition start() {
        return new SourcePosition(file, firstLine, 1);
    }

    /** The file position of the code point at {@code index}, counted the way SnakeYAML's reader counts. */
    SourcePosition atCodePoint(int index) {
        int line = firstLine;
        int column = 1;
        int offset = 0;
        for (int i = 0; i < index && offset < text.length(); i++) {
            int c = text.codePointAt(offset);
            offset += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }
}

package dev.colophon.spi;

import dev.colophon.model.FrontMatter;
import java.util.Objects;

/**
 * A source file split into its front matter and its body.
 *
 * @param frontMatter the front matter; {@link FrontMatter#EMPTY} for an empty block
 * @param body the text after the front matter block
 * @param bodyLine the 1-based line of the file the body starts on, so later stages can report
 *     positions in the file rather than in the body
 */
public record Document(FrontMatter frontMatter, String body, int bodyLine) {

    public Document {
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        if (bodyLine < 1) {
            throw new IllegalArgumentException("bodyLine must be >= 1: " + bodyLine);
        }
    }
}

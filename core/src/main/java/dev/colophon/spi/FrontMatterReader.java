package dev.colophon.spi;

import java.util.Optional;

/**
 * Splits the front matter block off a source file and reads it. A file has front matter when a reader
 * says so; a file no reader claims is copied as it is.
 *
 * <p>Readers are asked in {@link #order()}; the first that recognises the text wins.
 */
public interface FrontMatterReader extends Plugin {

    /**
     * Reads the front matter at the start of {@code source}.
     *
     * @return the document, or empty when the text does not start with this reader's front matter
     * @throws dev.colophon.diagnostic.SourceException when the block is there but broken, naming the line
     *     and column in the file (not in the block)
     */
    Optional<Document> read(SourceText source);
}

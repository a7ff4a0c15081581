package dev.colophon.spi;

import java.util.Set;

/**
 * Reads a whole data file, such as {@code _config.yml}, into plain values: {@code null}, {@link String},
 * {@link Boolean}, {@link Long}, {@link java.math.BigDecimal}, lists and string-keyed maps of these.
 */
public interface DataReader extends Plugin {

    /** File extensions this reader handles, lower case, without dots; never empty. */
    Set<String> fileExtensions();

    /**
     * Reads the file.
     *
     * @throws dev.colophon.diagnostic.SourceException when the file is malformed, with line and column
     */
    Object read(SourceText source);

    /**
     * Reads the file, telling {@code warnings} what it took leniently because Jekyll does (a key written twice in
     * {@code _config.yml}: the last one wins). By default, {@link #read(SourceText)}, which forgives nothing.
     *
     * @throws dev.colophon.diagnostic.SourceException when the file is malformed, with line and column
     */
    default Object read(SourceText source, java.util.function.Consumer<dev.colophon.diagnostic.Diagnostic> warnings) {
        return read(source);
    }
}

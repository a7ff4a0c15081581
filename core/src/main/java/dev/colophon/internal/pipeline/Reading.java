package dev.colophon.internal.pipeline;

import dev.colophon.internal.source.SourceKind;
import java.util.Map;

/**
 * How the read stage reads each candidate file of a site: as what kind of file, with the collections and
 * limits the configuration sets. Kept with the site read, so that a session reads an edited post again as
 * the whole read did ({@link KeptRead}).
 *
 * @param files the read stage
 * @param kinds each file's kind, by path
 */
record Reading(SourceFiles files, Map<String, SourceKind> kinds, Map<String, CollectionSpec> specByLabel,
        boolean optionalFrontMatter, long sizeLimit) {

    /** The file at {@code path} as {@link SourceFiles#read} reads it. */
    Object read(String path) {
        return files.read(path, kinds.get(path), specByLabel, optionalFrontMatter, sizeLimit);
    }
}

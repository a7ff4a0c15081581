/**
 * YAML front matter and YAML data files, read safely: SnakeYAML only builds a node tree, and this package
 * turns it into plain values ({@code null}, {@link String}, {@link Boolean}, {@link Long},
 * {@link java.math.BigDecimal}, lists and string-keyed maps), keeping scalars as written and naming every
 * error by its line and column in the file.
 */
package dev.colophon.frontmatter;

/**
 * Front matter in YAML (Jekyll's, between {@code ---} lines), TOML (Hugo's, between {@code +++} lines) and
 * JSON (Hugo's, an object at the start of a Markdown or HTML file), and YAML data files. All three give the
 * same plain values ({@code null}, {@link String}, {@link Boolean}, {@link Long},
 * {@link java.math.BigDecimal}, lists and string-keyed maps, dates as text), record each top-level key's
 * line, and name every error by its line and column in the file.
 *
 * <p>YAML is read safely: SnakeYAML only builds a node tree, and this package turns it into values, keeping
 * scalars as written. TOML and JSON are read with Jackson, token by token.
 */
package dev.colophon.frontmatter;

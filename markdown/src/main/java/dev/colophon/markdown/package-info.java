/**
 * The Markdown content parser: CommonMark with GitHub's tables, strikethrough, task lists and bare-URL
 * links, footnotes, heading ids and smart typography, rendered as valid HTML5 with flexmark-java; and the
 * kramdown habits of Jekyll posts: attribute lists ({@code {: .class}}), {@code {#id}} headings, the
 * {@code {:toc}} table of contents, {@code markdown="1"} in HTML, abbreviations, definition lists, and
 * Rouge's markup for highlighted code.
 */
package dev.colophon.markdown;

/**
 * The Markdown content parser: CommonMark with GitHub's tables, strikethrough, task lists and bare-URL
 * links, footnotes, heading ids and smart typography, rendered as valid HTML5 with flexmark-java.
 */
package dev.colophon.markdown;

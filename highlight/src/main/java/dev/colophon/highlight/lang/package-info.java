/**
 * The languages: one class per Rouge lexer, each a rule-by-rule port of Rouge 3.30's
 * {@code lib/rouge/lexers/<name>.rb}, with Rouge's comments where they explain a choice. When a port
 * departs from Rouge's regex text, the comment there says why (usually: Java's regex engine recurses per
 * repetition, so runs of plain characters are taken at once, which matches the same text).
 */
package dev.colophon.highlight.lang;

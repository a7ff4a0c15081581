/** A test plugin that pretends to be part of Colophon's Markdown module (see SafeModeTest). */
package dev.colophon.markdown.evil;

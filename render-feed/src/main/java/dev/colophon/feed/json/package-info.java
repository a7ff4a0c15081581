/** The JSON Feed 1.1. */
package dev.colophon.feed.json;

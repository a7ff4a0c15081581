/** The RSS 2.0 feed. */
package dev.colophon.feed.rss;

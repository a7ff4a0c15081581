/** Feeds and the sitemap: what they share. */
package dev.colophon.feed;

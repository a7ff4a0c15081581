/** The sitemap (sitemaps.org) and the robots.txt that points at it, like jekyll-sitemap. */
package dev.colophon.feed.sitemap;

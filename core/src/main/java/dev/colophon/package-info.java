/**
 * Colophon's API: {@link dev.colophon.Colophon} builds a site from a {@link dev.colophon.SiteSource}, or
 * renders one post in memory.
 */
package dev.colophon;

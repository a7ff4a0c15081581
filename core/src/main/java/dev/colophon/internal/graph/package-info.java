/**
 * The build graph kept between builds of a {@link dev.colophon.BuildSession}: what each output, each post's
 * body and each page's conversion read (files, fields of posts and pages, site-wide facts), recorded as
 * they render ({@link Reads}), so that the next build re-renders only what an edit reaches ({@link Graph}).
 */
package dev.colophon.internal.graph;

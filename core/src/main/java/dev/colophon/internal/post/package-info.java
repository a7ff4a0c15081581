/** Reading posts: file names, dates, titles, excerpts and word counts, the way Jekyll does. */
package dev.colophon.internal.post;

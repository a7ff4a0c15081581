/** Where a site's files come from, and Jekyll's rules for which take part in a build. */
package dev.colophon.internal.source;

/** Reading a site: configuration, front matter, metadata, conversion, and the problems found on the way. */
package dev.colophon.internal.pipeline;

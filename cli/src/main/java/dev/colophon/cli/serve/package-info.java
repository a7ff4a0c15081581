/**
 * {@code colophon serve}: builds the site, serves the destination over HTTP under the site's baseurl,
 * rebuilds when a source file changes, and tells open pages to reload (or shows the build's errors).
 */
package dev.colophon.cli.serve;

/** {@code colophon new site} and {@code colophon new post}: a ready blog, and a post with its front matter. */
package dev.colophon.cli.scaffold;

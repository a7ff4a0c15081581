/**
 * The {@code colophon-maven-plugin}: {@code colophon:build} builds the blog in {@code src/main/blog} during a
 * project's build, {@code colophon:new} starts one. A {@code serve} goal is to come, on the dev server the
 * command line is getting.
 */
package dev.colophon.maven;

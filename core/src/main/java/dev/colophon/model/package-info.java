/** The immutable model of a site: its settings, posts, pages, files and templates. */
package dev.colophon.model;

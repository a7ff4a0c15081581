/** The Atom 1.0 feed. */
package dev.colophon.feed.atom;

/** Rendering posts and pages through their layouts. */
package dev.colophon.html.layout;

/** Examples of Colophon used as a library and extended with a plugin. */
package dev.colophon.examples;

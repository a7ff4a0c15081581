/** Ruby Liquid's standard tags, each a parser of its markup and the node that renders it. */
package dev.colophon.liquid.tag;

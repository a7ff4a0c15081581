/** The template engine-neutral view of a site that templates render against. */
package dev.colophon.internal.template;

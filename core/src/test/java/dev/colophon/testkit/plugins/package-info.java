/**
 * Stand-ins for the plugin modules, so that core's pipeline is tested in core: a flat YAML reader for
 * {@code _config.yml}, {@code ---} front matter, a paragraph parser for {@code .txt} and template-free
 * layouts. Each is deliberately tiny and predictable; none is registered for discovery.
 */
package dev.colophon.testkit.plugins;

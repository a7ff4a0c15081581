/**
 * From text to nodes: the tokenizer, Ruby Liquid's strict lexer and parser and its lax regular expressions,
 * and the expressions (lookups, ranges, outputs with filters, conditions) they make.
 */
package dev.colophon.liquid.parse;

/** Ruby Liquid's standard filters (Shopify Liquid 5's where they differ from 5.4), by theme. */
package dev.colophon.liquid.filter;

/** What Jekyll plugins do to a page after its layouts: jemoji's emoji images, jekyll-mentions' links. */
package dev.colophon.html.postrender;

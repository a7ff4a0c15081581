/**
 * The Sass content parser: {@code .scss} and {@code .sass} pages with front matter compiled to CSS by Dart
 * Sass, with Jekyll's {@code sass} settings ({@code sass_dir}, {@code load_paths}, {@code style}) and
 * imports read through the site's files, theme included.
 *
 * <p>Dart Sass runs as one child process for the whole JVM, started on the first stylesheet and stopped
 * when the JVM exits; a build without Sass never starts it. The system property
 * {@code colophon.sass.executable} names an installed Dart Sass to run instead of the bundled one.
 */
package dev.colophon.sass;

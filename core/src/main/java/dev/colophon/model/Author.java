package dev.colophon.model;

/**
 * The site's author, from {@code author:} in {@code _config.yml} (a mapping, or just a name).
 *
 * @param name shown in the footer and the feeds; may be empty
 * @param bio a sentence or two about the author; may be empty
 * @param email may be empty
 * @param url a home page; may be empty
 */
public record Author(String name, String bio, String email, String url) {

    public static final Author NONE = new Author("", "", "", "");

    public Author {
        name = name == null ? "" : name;
        bio = bio == null ? "" : bio;
        email = email == null ? "" : email;
        url = url == null ? "" : url;
    }

    public boolean isEmpty() {
        return name.isEmpty() && bio.isEmpty() && email.isEmpty() && url.isEmpty();
    }
}

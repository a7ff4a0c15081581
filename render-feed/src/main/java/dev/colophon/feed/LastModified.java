package dev.colophon.feed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** Reads {@code last_modified_at} (jekyll-feed's and jekyll-sitemap's key) in the forms Jekyll writes. */
public final class LastModified {

    private static final DateTimeFormatter JEKYLL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[ xx][ xxx]");

    private LastModified() {
    }

    /**
     * @param text the value as written
     * @param date the post's date, whose offset a value without one takes
     */
    public static Optional<OffsetDateTime> parse(String text, OffsetDateTime date) {
        return parse(text, local -> local.atOffset(date.getOffset()));
    }

    /**
     * @param text the value as written
     * @param zone the site's time zone: a value without an offset takes the zone's offset on its own date,
     *     so that it reads the same whenever the site is built (summer time or not)
     */
    public static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
        return parse(text, local -> local.atZone(zone).toOffsetDateTime());
    }

    private static Optional<OffsetDateTime> parse(String text, Function<LocalDateTime, OffsetDateTime> placed) {
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException e) {
            // not RFC 3339; try Jekyll's own form
        }
        try {
            var parsed = JEKYLL.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
            return Optional.of(parsed instanceof OffsetDateTime o ? o : placed.apply((LocalDateTime) parsed));
        } catch (DateTimeParseException e) {
            // not that either; maybe a date alone
        }
        try {
            return Optional.of(placed.apply(LocalDate.parse(value).atStartOfDay()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

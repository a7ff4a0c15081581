package dev.colophon.internal.memo;

import dev.colophon.BuildOptions;
import java.util.List;
import java.util.Optional;

/**
 * The build options that decide a build's output: another value of any of them makes a later build a whole
 * one. The time is compared separately (it decides only which posts are out, and what shows it); threads,
 * waiting and progress do not matter.
 */
public record DecidingOptions(boolean drafts, boolean future, List<String> configFiles, String environment,
        boolean safe, boolean unpublished, int limitPosts, Optional<String> baseurl) {

    public static DecidingOptions of(BuildOptions options) {
        return new DecidingOptions(options.drafts(), options.future(), options.configFiles(), options.environment(),
                options.safe(), options.unpublished(), options.limitPosts(), options.baseurl());
    }
}

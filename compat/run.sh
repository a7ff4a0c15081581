#!/bin/sh
# Jekyll compatibility harness: builds fixture sites with Jekyll and with Colophon and compares them.
#
#   compat/run.sh [-v] [SITE...]     SITE: a name under compat/sites/ or a path to any Jekyll site
#                                     (default: every folder in compat/sites/)
#   compat/run.sh [-v] real [SITE...] the real-site corpus: names under compat/real/ (default: all of them),
#                                     passing by issue 16's rule (see README.md, "Real sites")
#
# Environment:
#   COLOPHON_JAR      Colophon's shaded jar (default ../cli/target/colophon.jar, built by ../colophon)
#   COLOPHON_JAVA_OPTS  JVM flags for Colophon (default: those of ../colophon)
#   COMPAT_OUT        where builds go (default compat/target; each run replaces OUT/SITE)
#   COMPAT_THRESHOLD  percent of identical words a page needs (default 98; 95 for real)
#   SOURCE_DATE_EPOCH build time for both engines (default: now, fixed once for the whole run)
#   COMPAT_SELF_CHECK=1  builds the "colophon" side with Jekyll too, to check the harness (all 100 %)
#
# See compat/README.md for what is compared and why.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${COMPAT_OUT:-$HERE/target}
VERBOSE=
if [ "${1:-}" = "-v" ]; then VERBOSE=-v; shift; fi
# "real": the sites vendored from GitHub in real/ (see real/*/SOURCE.md), built into OUT/real/, and judged by
# their HTML pages only: none missing, each at least 95 % alike. Other differences are printed, not failed.
SITES=sites RULE= THRESHOLD=${COMPAT_THRESHOLD:-98}
if [ "${1:-}" = "real" ]; then
    SITES=real RULE=--pages THRESHOLD=${COMPAT_THRESHOLD:-95} OUT=$OUT/real; shift
fi

# Debian's Jekyll and the plugins the fixtures use. The normal tests need none of them.
PACKAGES="jekyll jekyll-theme-minima ruby-jekyll-feed ruby-jekyll-seo-tag ruby-jekyll-sitemap \
ruby-jekyll-paginate ruby-jekyll-redirect-from ruby-jekyll-gist ruby-jekyll-relative-links \
ruby-jekyll-optional-front-matter ruby-jekyll-default-layout ruby-jekyll-titles-from-headings \
ruby-jekyll-include-cache"
# and the ones only real sites use
[ "$SITES" = real ] && PACKAGES="$PACKAGES ruby-jekyll-archives ruby-jekyll-avatar ruby-jekyll-mentions"

missing_packages() {
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || printf '%s ' "$p"
    done
}

ensure_jekyll() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        command -v jekyll >/dev/null 2>&1 && return 0
        echo "compat: jekyll is missing and this is not a Debian system; install Jekyll and its plugins" >&2
        exit 2
    fi
    need=$(missing_packages)
    [ -z "$need" ] && return 0
    if [ "$(id -u)" != 0 ]; then
        echo "compat: needs Debian packages: $need(run as root, or install them with apt-get)" >&2
        exit 2
    fi
    echo "compat: installing $need" >&2
    apt-get update -q >&2
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $need >&2
}

# Colophon's jar. ../colophon builds it when missing or stale; --version does only that.
colophon_jar() {
    if [ -n "${COLOPHON_JAR:-}" ]; then
        [ -f "$COLOPHON_JAR" ] || { echo "compat: COLOPHON_JAR=$COLOPHON_JAR is not a file" >&2; exit 2; }
        echo "$(cd "$(dirname "$COLOPHON_JAR")" && pwd)/$(basename "$COLOPHON_JAR")"
        return
    fi
    "$HERE/../colophon" --version >/dev/null
    echo "$HERE/../cli/target/colophon.jar"
}

# Debian's installed minima gem as a Colophon theme jar: its files under META-INF/colophon/themes/minima/,
# listed in files.txt. Colophon finds themes on the class path, so this jar goes on it (see README.md).
theme_jar() {
    name=$1 dest=$2
    gem_dir=$(ruby -e "print Gem::Specification.find_by_name('$name').gem_dir")
    stage="$OUT/.theme-$name"
    rm -rf "$stage" "$dest"
    mkdir -p "$stage/META-INF/colophon/themes/$name"
    for part in _layouts _includes _sass _data assets _config.yml; do
        if [ -e "$gem_dir/$part" ]; then
            cp -RL "$gem_dir/$part" "$stage/META-INF/colophon/themes/$name/"
        fi
    done
    (cd "$stage/META-INF/colophon/themes/$name" && find . -type f | sed 's|^\./||' | LC_ALL=C sort >"$stage/files.txt" \
        && mv "$stage/files.txt" files.txt)
    if command -v jar >/dev/null 2>&1; then
        jar --create --file "$dest" --no-manifest -C "$stage" META-INF
    else
        (cd "$stage" && python3 -m zipfile -c "$dest" META-INF)
    fi
    rm -rf "$stage"
}

ensure_jekyll
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
if [ -n "${COMPAT_SELF_CHECK:-}" ]; then JAR=none; else JAR=$(colophon_jar); fi
THEMES="$OUT/minima-theme.jar"
theme_jar minima "$THEMES"

# One build time for both engines and every site. Jekyll itself ignores SOURCE_DATE_EPOCH (its site.time is
# the clock), so fixtures print no build times and date future posts far ahead (2099).
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)}
export SOURCE_DATE_EPOCH
# Sites are built as they would be deployed: jekyll.environment is "production" (minima, seo-tag and
# jekyll-feed then print what a live site shows). No --future, no --drafts, for both.
export JEKYLL_ENV=production
export LC_ALL=C.UTF-8 LANG=C.UTF-8
# Real sites set no timezone: build them as GitHub Pages does, in UTC, whatever this machine's zone.
export TZ=UTC

if [ $# -eq 0 ]; then
    set --
    for d in "$HERE/$SITES"/*/; do set -- "$@" "$(basename "$d")"; done
fi

names=
for site in "$@"; do
    case $site in
        */*) src=$(cd "$site" && pwd); name=$(basename "$src") ;;
        *) src="$HERE/$SITES/$site"; name=$site ;;
    esac
    [ -d "$src" ] || { echo "compat: no site $src" >&2; exit 2; }
    work="$OUT/$name"
    rm -rf "$work"
    mkdir -p "$work/src"
    # Both engines build a copy, so neither leaves caches in the fixture.
    cp -R "$src/." "$work/src/"
    # A real site's SOURCE.md (where it comes from) is ours, not the site's.
    if [ "$SITES" = real ]; then rm -f "$work/src/SOURCE.md"; fi
    (
        cd "$work/src"
        set +e
        jekyll build --disable-disk-cache -s . -d ../jekyll >../jekyll.log 2>&1
        echo $? >../jekyll.status
    ) &
    jpid=$!
    (
        cd "$work"
        set +e
        if [ -n "${COMPAT_SELF_CHECK:-}" ]; then
            # Checks the harness: Jekyll on both sides must give 100 % everywhere.
            cp -R src src2 && (cd src2 && jekyll build --disable-disk-cache -s . -d ../colophon) >colophon.log 2>&1
        else
            # shellcheck disable=SC2086
            java ${COLOPHON_JAVA_OPTS--XX:+UseSerialGC -XX:TieredStopAtLevel=1} -cp "$JAR:$THEMES" \
                dev.colophon.cli.Main build -s src -d colophon >colophon.log 2>&1
        fi
        echo $? >colophon.status
    ) &
    cpid=$!
    wait $jpid || true
    wait $cpid || true
    names="$names $name"
done

# shellcheck disable=SC2086
exec python3 "$HERE/compare.py" $VERBOSE $RULE --threshold "$THRESHOLD" "$OUT" $names

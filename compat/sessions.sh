#!/bin/sh
# Build sessions against whole builds on real sites: compat/SessionCheck.java, run on Colophon's jar.
#
#   compat/sessions.sh [SITE...]          the sites in compat/real/ (default: all of them)
#   compat/sessions.sh /path/to/sites [SITE...]   another folder of sites
#
# Environment: COLOPHON_JAR (default ../cli/target/colophon.jar, built by ../colophon when stale),
# SESSION_CHECK_OPTS (JVM flags, e.g. "-Drandom=30 -Dseed=2" for random piled-up edits, "-Dedits=title" for
# only the edits whose name contains "title"). Exits 1 when any output differs. See README.md, "Sessions".
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
SITES=$HERE/real
case ${1:-} in */*) SITES=$1; shift ;; esac
[ -d "$SITES" ] || { echo "sessions: no folder $SITES (see README.md, \"Real sites\")" >&2; exit 2; }
if [ -n "${COLOPHON_JAR:-}" ]; then
    JAR=$COLOPHON_JAR
else
    "$HERE/../colophon" --version >/dev/null
    JAR=$HERE/../cli/target/colophon.jar
fi
# As run.sh builds the real sites: in UTC, as deployed.
export TZ=UTC LC_ALL=C.UTF-8
# shellcheck disable=SC2086
exec java -XX:+UseSerialGC ${SESSION_CHECK_OPTS:-} -cp "$JAR" "$HERE/SessionCheck.java" "$SITES" "$@"

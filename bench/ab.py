#!/usr/bin/env python3
"""Compares builds of one site by two or more colophon jars, interleaved, the way issue 7's changes were
measured: one change at a time, each jar run the way ./colophon runs it.

    bench/ab.py SITE JAR_A JAR_B [JAR ...] [--rounds 10] [--out DIR]

Each round builds SITE once with every jar, in turn, into a fresh DIR (default /dev/shm/colophon-ab, else
the temporary folder), timing the whole process with GNU time; then prints, per jar, the median, minimum
and maximum wall time and the median CPU time. Interleaving matters here: the same build's time moves by
10-30 % within minutes on a shared machine, so only runs side by side compare.

Every jar gets its own class data archive, recorded by a first (untimed) build, in a folder named by the
jar's content hash: a dynamic archive records the path, size and time of the jar it was made with, and the
JVM silently runs without class sharing when they differ (./colophon turns the message off), which once
made a "before" jar look 17 % slower than it was. The JVM flags are the launcher's default ones, read from
./colophon, unless COLOPHON_JAVA_OPTS is set.
"""

import argparse
import hashlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LAUNCHER = os.path.join(os.path.dirname(HERE), "colophon")


def launcher_flags():
    """./colophon's default JVM flags, with transparent huge pages when the kernel offers them, as it does."""
    if "COLOPHON_JAVA_OPTS" in os.environ:
        return os.environ["COLOPHON_JAVA_OPTS"].split()
    text = open(LAUNCHER).read()
    match = re.search(r'DEFAULT_OPTS="([^"]*)"', text)
    if not match:
        sys.exit("ab.py: no DEFAULT_OPTS in %s" % LAUNCHER)
    flags = match.group(1).split()
    try:
        thp = open("/sys/kernel/mm/transparent_hugepage/enabled").read()
        if "[always]" in thp or "[madvise]" in thp:
            flags.append("-XX:+UseTransparentHugePages")
    except OSError:
        pass
    return flags + ["-XX:+IgnoreUnrecognizedVMOptions", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]


def archive_for(jar, flags, site, scratch):
    """The jar's own copy and class data archive, made once per jar content."""
    with open(jar, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    folder = os.path.join(tempfile.gettempdir(), "colophon-ab-jars", digest)
    copy = os.path.join(folder, "colophon.jar")
    jsa = os.path.join(folder, "colophon.jsa")
    if not os.path.isfile(jsa):
        os.makedirs(folder, exist_ok=True)
        shutil.copy2(jar, copy)
        shutil.rmtree(scratch, ignore_errors=True)
        subprocess.run(["java"] + flags + ["-XX:ArchiveClassesAtExit=" + jsa, "-jar", copy, "build", "-s", site,
                                           "-d", scratch], check=True, stdout=subprocess.DEVNULL)
    return copy, jsa


def timed(cmd):
    """(wall, cpu) seconds of one whole process, measured by GNU time."""
    fd, timefile = tempfile.mkstemp(prefix="ab-time-")
    os.close(fd)
    try:
        subprocess.run(["/usr/bin/time", "-f", "%e %U %S", "-o", timefile] + cmd, check=True,
                       stdout=subprocess.DEVNULL)
        wall, user, system = (float(x) for x in open(timefile).read().split()[-3:])
        return wall, user + system
    finally:
        os.unlink(timefile)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site")
    ap.add_argument("jars", nargs="+")
    ap.add_argument("--rounds", type=int, default=10)
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir()
    ap.add_argument("--out", default=os.path.join(shm, "colophon-ab"))
    args = ap.parse_args(argv)
    if len(args.jars) < 2:
        ap.error("give two jars or more")
    flags = launcher_flags()
    print("flags: " + " ".join(flags))
    runs = []
    for jar in args.jars:
        copy, jsa = archive_for(jar, flags, args.site, args.out)
        runs.append((jar, ["java"] + flags + ["-XX:SharedArchiveFile=" + jsa, "-jar", copy, "build", "-s",
                                              args.site, "-d", args.out], []))
    for _ in range(args.rounds):
        for _, cmd, times in runs:
            shutil.rmtree(args.out, ignore_errors=True)
            times.append(timed(cmd))
    shutil.rmtree(args.out, ignore_errors=True)
    for jar, _, times in runs:
        walls = sorted(t[0] for t in times)
        print("%s: wall median %.3f s, min %.3f, max %.3f; cpu median %.2f s  (%s)"
              % (jar, statistics.median(walls), walls[0], walls[-1], statistics.median(t[1] for t in times),
                 " ".join("%.2f" % w for w in walls)))


if __name__ == "__main__":
    main()

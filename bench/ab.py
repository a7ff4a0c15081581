#!/usr/bin/env python3
"""Compares builds of one site by two or more colophon jars, interleaved, the way issue 7's changes were
measured: one change at a time, each jar run the way ./colophon runs it.

    bench/ab.py SITE JAR_A JAR_B [JAR ...] [--rounds 10] [--out DIR]

Each round builds SITE once with every jar, in turn, into a fresh DIR (default /dev/shm/colophon-ab, else
the temporary folder), timing the whole process with GNU time; then prints, per jar, the median, minimum
and maximum wall time and the median CPU time. Interleaving matters here: the same build's time moves by
10-30 % within minutes on a shared machine, so only runs side by side compare.

Each jar is copied into a folder named by its content hash and run through ./colophon with COLOPHON_JAR,
so with the launcher's flags and its own class data archive, which a first (untimed) build records beside
the copy: a dynamic archive records the path, size and time of the jar it was made with, and the JVM
silently runs without class sharing when they differ (the launcher turns the message off), which once
made a "before" jar look 17 % slower than it was.
"""

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LAUNCHER = os.path.join(os.path.dirname(HERE), "colophon")


def launched(jar):
    """The jar's own copy, named by its content, so that its archive beside it is its alone."""
    with open(jar, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    folder = os.path.join(tempfile.gettempdir(), "colophon-ab-jars", digest)
    copy = os.path.join(folder, "colophon.jar")
    if not os.path.isfile(copy):
        os.makedirs(folder, exist_ok=True)
        shutil.copy2(jar, copy)
    return copy


def timed(cmd, env):
    """(wall, cpu) seconds of one whole process, measured by GNU time."""
    fd, timefile = tempfile.mkstemp(prefix="ab-time-")
    os.close(fd)
    try:
        subprocess.run(["/usr/bin/time", "-f", "%e %U %S", "-o", timefile] + cmd, check=True, env=env,
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
    cmd = [LAUNCHER, "build", "-s", args.site, "-d", args.out]
    runs = []
    for jar in args.jars:
        env = dict(os.environ, COLOPHON_JAR=launched(jar))
        shutil.rmtree(args.out, ignore_errors=True)
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)  # records the archive
        runs.append((jar, env, []))
    for _ in range(args.rounds):
        for _, env, times in runs:
            shutil.rmtree(args.out, ignore_errors=True)
            times.append(timed(cmd, env))
    shutil.rmtree(args.out, ignore_errors=True)
    for jar, _, times in runs:
        walls = sorted(t[0] for t in times)
        print("%s: wall median %.3f s, min %.3f, max %.3f; cpu median %.2f s  (%s)"
              % (jar, statistics.median(walls), walls[0], walls[-1], statistics.median(t[1] for t in times),
                 " ".join("%.2f" % w for w in walls)))


if __name__ == "__main__":
    main()

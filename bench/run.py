#!/usr/bin/env python3
"""Issue 7's benchmark: times `colophon build` on the peer corpus, side by side with Hugo and Jekyll when
they are installed, the way ../shared/bench/run-peers.sh timed them (RESULTS-peers.md there).

    bench/run.py --sizes 1000                         # 1000 posts: 1 warm-up + 3 timed runs per tool
    bench/run.py [--sizes 1000,10000,100000] [--runs 3] [--peers hugo,jekyll] [--work DIR]
                 [--colophon CMD] [--in-process] [--jmh]

Every tool builds the same site from the same corpus: one HTML page per published post, an index of all
posts and a feed of the 10 newest, no syntax highlighting. Colophon uses bench/site (the Jekyll peer's
layouts, with the feed's RSS and JSON formats, the sitemap and tag and category pages switched off);
Hugo and Jekyll use their folders in ../shared/bench/peers, copied as run-peers.sh copies them.

The corpus is ../shared/bench/gen-corpus.py N DIR --seed 42 (the peers' corpus), or bench/gen_corpus.py
(the same kind of posts, not the same bytes) when that file is not there; it is made once per size in the
work folder and reused while its seed and size match. The work folder (outside the repository, so that
./colophon's staleness check does not walk it) is /dev/shm/colophon-bench when /dev/shm is a memory file
system with room for it, else /tmp/colophon-bench: on a disk, the figures of every tool drift with the
disk's history (see below), and the benchmark is there to compare engines. --work /tmp/... times the disk too.

Each build is a whole process timed with GNU time (`/usr/bin/time -f '%e %U %S %M' timeout T CMD`), start
of the JVM or Ruby included, into a fresh destination, as run-peers.sh does: one warm-up, then --runs
timed runs, in rounds: each tool builds once per round, in turn, so that the machine's drift over the
minutes falls on every tool alike rather than on whichever ran last. At 100000 posts and more: no warm-up and one run unless --runs/--warmup say otherwise, and
Colophon's JVM gets -Xmx1g (COLOPHON_EXTRA_JAVA_OPTS, added to ./colophon's flags or to COLOPHON_JAVA_OPTS).
Jekyll is skipped above --jekyll-max posts (10000): Debian's Jekyll 4.3.1 is O(N²) (RESULTS-peers.md).
The output of every timed run is checked: post pages, index entries and feed entries must be
published/published/10 (947/947/10 at 1000 posts) and the exit status 0.

Printed per size and tool: wall min/median/max, CPU (user+sys) median, peak RSS median, ms per corpus post
(wall median / posts, drafts included, as in RESULTS-peers.md), the check, and for peers their wall median
divided by Colophon's. A markdown table follows at the end; every run's raw row is appended to
bench/results/YYYY-MM-DD.tsv (git-ignored). The load (uptime, CPU pressure) is printed before each size:
the figures are only as good as the machine was quiet. Each build writes ~19,000 files and folders at
10,000 posts; as builds pile up, ext4 takes longer to allocate inodes (it scans past recently deleted
ones: perf showed 8-10 s of system time in a 13 s build that takes 9.5 s in a fresh state), for every tool
alike. So compare tools within one run, and look at CPU time as well as wall time.

--java-homes DIR[,DIR] also times the same jar on other JDKs (rows colophon-jdkN, through ./colophon with
JAVA_HOME=DIR): on Java 25 and later the launcher uses an AOT cache instead of Java 17's class data archive.
The ratios in the table stay those to the default java's Colophon; a line after it gives the peers' to each.

--in-process builds the bench module (mvn -q -o -pl bench -am package -DskipTests) and runs
dev.colophon.bench.WarmBuild on the --in-process-size corpus (10000): several builds in one JVM, the
first cold, then warm, with ms per post and the per-stage profile when BuildResult has one. --jmh runs
the JMH benchmark of the Markdown stage (MarkdownBench). Use --sizes '' to run only these.
"""
import argparse
import datetime
import glob
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "bench"))
SHARED_GEN = os.path.join(SHARED, "gen-corpus.py")
OWN_GEN = os.path.join(HERE, "gen_corpus.py")
PEERS_DIR = os.path.join(SHARED, "peers")
SITE = os.path.join(HERE, "site")
RESULTS = os.path.join(HERE, "results")
LAUNCHER = os.path.join(REPO, "colophon")
FEED_LIMIT = 10
BIG = 100000             # from this size on: -Xmx1g, no warm-up, one run
BIG_HEAP = "-Xmx1g"
KNOWN_PEERS = ("hugo", "jekyll")
TSV_COLUMNS = ["started", "tool", "version", "posts", "published", "run", "exit", "wall_s", "user_s", "sys_s",
               "cpu_s", "peak_kib", "post_pages", "index_entries", "feed_entries", "check", "load1", "java_opts"]


def log(msg):
    print("[%s] %s" % (time.strftime("%H:%M:%S"), msg), file=sys.stderr, flush=True)


def say(msg=""):
    print(msg, flush=True)


def sh(cmd, **kw):
    """Output of a command, or '' when it fails or is missing."""
    try:
        return subprocess.run(cmd, capture_output=True, text=True, **kw).stdout.strip()
    except OSError:
        return ""


# ------------------------------------------------------------------ machine, load, versions

def machine():
    mem = cpu = osname = "?"
    try:
        mem = "%.0f GiB" % (int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1)) / 1048576)
        cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read()).group(1)
        osname = re.search(r'PRETTY_NAME="?([^"\n]*)', open("/etc/os-release").read()).group(1)
    except (OSError, AttributeError):
        pass
    return "%d cores, %s, %s, %s" % (os.cpu_count() or 0, mem, cpu, osname)


def load():
    """`uptime`, and the CPU pressure when the kernel reports it."""
    text = sh(["uptime"])
    try:
        some = open("/proc/pressure/cpu").readline()
        text += "; cpu pressure " + " ".join(some.split()[1:3])
    except OSError:
        pass
    return text


def load1():
    try:
        return open("/proc/loadavg").read().split()[0]
    except OSError:
        return ""


def peer_version(peer):
    if peer == "hugo":
        v = sh(["hugo", "version"])
        return v.splitlines()[0] if v else "?"
    ruby = lambda expr: sh(["ruby", "-e", expr]) or "?"
    return "%s (%s; kramdown %s, jekyll-feed %s)" % (
        sh(["jekyll", "--version"]), " ".join(sh(["ruby", "-v"]).split()[:2]),
        ruby('require "kramdown"; print Kramdown::VERSION'),
        ruby('require "jekyll-feed/version"; print Jekyll::Feed::VERSION'))


def git_version():
    rev = sh(["git", "-C", REPO, "rev-parse", "--short", "HEAD"]) or "?"
    dirty = sh(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"])
    return rev + ("+changes" if dirty else "")


# ------------------------------------------------------------------ corpus and sites

def corpus(n, work, seed):
    """The corpus of n posts in the work folder, made when missing or made otherwise: (folder, manifest)."""
    folder = os.path.join(work, "corpus-%d" % n)
    gen = SHARED_GEN if os.path.isfile(SHARED_GEN) else OWN_GEN
    generator = None if gen == SHARED_GEN else "bench/gen_corpus.py"
    try:
        with open(os.path.join(folder, "corpus.json")) as f:
            m = json.load(f)
        if m.get("seed") == seed and m.get("posts") == n and m.get("generator") == generator:
            return folder, m
    except (OSError, ValueError):
        pass
    log("generating %d posts into %s with %s" % (n, folder, os.path.relpath(gen, REPO)))
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([sys.executable, gen, str(n), folder, "--seed", seed], check=True)
    with open(os.path.join(folder, "corpus.json")) as f:
        return folder, json.load(f)


def link_or_copy(src, dst):
    """Hard links: a site is a copy of the corpus that costs no disk (the tools only read it)."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def prepare(tool, n, corpus_dir, work):
    """The site folder a tool builds: its files next to the corpus' _posts, as run-peers.sh lays them out."""
    site = os.path.join(work, "site-%s-%d" % (tool, n))
    shutil.rmtree(site, ignore_errors=True)
    posts = os.path.join(corpus_dir, "_posts")
    if tool.startswith("colophon"):
        shutil.copytree(SITE, site)
        shutil.copytree(posts, os.path.join(site, "_posts"), copy_function=link_or_copy)
    elif tool == "hugo":
        shutil.copytree(os.path.join(PEERS_DIR, "hugo"), site)
        os.makedirs(os.path.join(site, "content"), exist_ok=True)
        shutil.copytree(posts, os.path.join(site, "content", "posts"), copy_function=link_or_copy)
    elif tool == "jekyll":
        shutil.copytree(os.path.join(PEERS_DIR, "jekyll"), site)
        shutil.copytree(posts, os.path.join(site, "_posts"), copy_function=link_or_copy)
    return site


def command(tool, site, out, colophon):
    if tool.startswith("colophon"):
        return colophon + ["build", "-s", site, "-d", out]
    if tool == "hugo":
        return ["hugo", "-s", site, "-d", out]
    return ["jekyll", "build", "-s", site, "-d", out]


def count(path, needle):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read().count(needle)
    except OSError:
        return 0


def check(tool, out):
    """(post pages, index entries, feed entries) of one build's output, counted as run-peers.sh counts them."""
    pages = len(glob.glob(os.path.join(glob.escape(out), "posts", "*", "index.html")))
    index = count(os.path.join(out, "index.html"), "<li><time>")
    feed = count(os.path.join(out, "index.xml"), "<item>") if tool == "hugo" \
        else count(os.path.join(out, "feed.xml"), "<entry>")
    return pages, index, feed


# ------------------------------------------------------------------ timing

def java_homes(ap, given):
    """{"colophon-jdkN": JAVA_HOME} for the --java-homes given, N read from each JDK's release file."""
    homes = {}
    for home in (h for h in given.replace(" ", "").split(",") if h):
        try:
            with open(os.path.join(home, "release")) as f:
                version = re.search(r'^JAVA_VERSION="(\d+)', f.read(), re.M).group(1)
        except (OSError, AttributeError):
            ap.error("--java-homes: %s has no release file with a JAVA_VERSION" % home)
        homes["colophon-jdk%s" % version] = home
    return homes


def colophon_java_opts(n):
    """COLOPHON_EXTRA_JAVA_OPTS for n posts: None (the launcher's flags alone) or -Xmx1g, unless the caller's
    COLOPHON_JAVA_OPTS already sets a heap."""
    if n < BIG or "-Xmx" in os.environ.get("COLOPHON_JAVA_OPTS", ""):
        return None
    return (os.environ.get("COLOPHON_EXTRA_JAVA_OPTS", "") + " " + BIG_HEAP).strip()


def time_tools(tools, n, manifest, sites, args, work, java_opts):
    """Runs the warm-up and timed builds of every tool, in rounds (each tool once per round, in turn), so that
    the machine's drift over the minutes falls on all of them alike; returns each tool's rows."""
    big = n >= BIG
    warmup = args.warmup if args.warmup is not None else (0 if big else 1)
    runs = args.runs if args.runs is not None else (1 if big else 3)
    published = manifest["published"]
    want = (published, published, min(FEED_LIMIT, published))
    rows = {tool: [] for tool in tools}
    logs = {}
    for tool in tools:
        outbase = os.path.join(work, "out-%s-%d" % (tool, n))
        shutil.rmtree(outbase, ignore_errors=True)
        os.makedirs(outbase)
        logs[tool] = open(os.path.join(work, "%s-%d.log" % (tool, n)), "w")
    log("%s, %d posts: %d round%s (+%d warm-up), each tool in turn; logs in %s" % (
        ", ".join(tools), n, runs, "" if runs == 1 else "s", warmup, os.path.join(work, "TOOL-%d.log" % n)))
    try:
        for i in range(warmup + runs):
            for tool in tools:
                row = time_once(tool, n, sites[tool], args, work, java_opts, logs[tool],
                                os.path.join(work, "out-%s-%d" % (tool, n), "run-%d" % i))
                row.update(published=published, run=("w%d" % (i + 1)) if i < warmup else str(i - warmup + 1),
                           check="ok" if row["exit"] == 0 and (row["post_pages"], row["index_entries"],
                                                               row["feed_entries"]) == want else "FAIL")
                log("  %s run %s: exit %d, %.2f s wall, %.2f s cpu, %.0f MiB, %d/%d/%d" % (
                    tool, row["run"], row["exit"], row["wall_s"], row["cpu_s"], row["peak_kib"] / 1024,
                    row["post_pages"], row["index_entries"], row["feed_entries"]))
                rows[tool].append(row)
    finally:
        for tool in tools:
            logs[tool].close()
            shutil.rmtree(os.path.join(work, "out-%s-%d" % (tool, n)), ignore_errors=True)
    return rows


def time_once(tool, n, site, args, work, java_opts, logf, out):
    """One whole-process build of a tool into a fresh folder, timed with GNU time; its row."""
    env = dict(os.environ)
    if tool.startswith("colophon") and java_opts is not None:
        env["COLOPHON_EXTRA_JAVA_OPTS"] = java_opts
    if tool in args.java_homes:
        env["JAVA_HOME"] = args.java_homes[tool]
    cmd = command(tool, site, out, args.colophon)
    fd, timefile = tempfile.mkstemp(prefix="bench-time-")
    os.close(fd)
    logf.write("$ %s\n" % " ".join(shlex.quote(c) for c in cmd))
    logf.flush()
    row = {"started": datetime.datetime.now().isoformat(timespec="seconds"), "load1": load1()}
    rc = subprocess.call(["/usr/bin/time", "-f", "%e %U %S %M", "-o", timefile, "timeout", str(args.timeout)]
                         + cmd, stdin=subprocess.DEVNULL, stdout=logf, stderr=subprocess.STDOUT, env=env)
    try:
        last = [l for l in open(timefile).read().splitlines() if l.strip()][-1].split()
        wall, user, system, rss = float(last[0]), float(last[1]), float(last[2]), int(last[3])
    except (OSError, IndexError, ValueError):
        wall = user = system = float("nan")
        rss = 0
    os.unlink(timefile)
    got = check(tool, out)
    shutil.rmtree(out, ignore_errors=True)
    row.update(tool=tool, posts=n, exit=rc, wall_s=wall, user_s=user, sys_s=system, cpu_s=user + system,
               peak_kib=rss, post_pages=got[0], index_entries=got[1], feed_entries=got[2],
               java_opts=java_opts if tool.startswith("colophon") and java_opts else "")
    return row


def summarize(tool, n, manifest, rows, version):
    timed = [r for r in rows if not r["run"].startswith("w")]
    warmups = len(rows) - len(timed)
    walls = sorted(r["wall_s"] for r in timed)
    published = manifest["published"]
    want = (published, published, min(FEED_LIMIT, published))
    got = [(r["post_pages"], r["index_entries"], r["feed_entries"]) for r in timed]
    codes = [r["exit"] for r in timed]
    if all(c == 0 for c in codes) and all(g == want for g in got):
        verdict = "ok %d/%d/%d" % want
    elif any(c != 0 for c in codes):
        verdict = "FAIL (exit %s)" % " ".join(map(str, codes))
    else:
        verdict = "FAIL %s (want %d/%d/%d)" % (" ".join("%d/%d/%d" % g for g in got), *want)
    return {"tool": tool, "posts": n, "published": published, "runs": len(timed), "warmups": warmups,
            "wall_min": walls[0], "wall_median": statistics.median(walls), "wall_max": walls[-1],
            "cpu_median": statistics.median(r["cpu_s"] for r in timed),
            "peak_mib_median": statistics.median(r["peak_kib"] for r in timed) / 1024,
            "ms_per_post": statistics.median(walls) * 1000 / n, "check": verdict, "version": version}


def runs_label(s):
    return "%d (+%d wu)" % (s["runs"], s["warmups"]) if s["warmups"] else str(s["runs"])


def wall_label(s):
    if s["runs"] == 1:
        return "%.2f" % s["wall_median"]
    return "%.2f / %.2f / %.2f" % (s["wall_min"], s["wall_median"], s["wall_max"])


def ratio_label(s, base):
    if s["tool"] == "colophon":
        return "1"
    return "%.2f" % (s["wall_median"] / base["wall_median"]) if base else "–"


# ------------------------------------------------------------------ in-process and JMH (the bench module)

def bench_classpath():
    log("building the bench module: mvn -q -o -pl bench -am package -DskipTests")
    r = subprocess.run(["mvn", "-q", "-o", "-B", "-Dstyle.color=never", "-pl", "bench", "-am", "package",
                        "-DskipTests"], cwd=REPO, capture_output=True, text=True)
    # (Maven 3.8 prints stray colour resets even with -q -B, as ./colophon notes: dropped with empty lines)
    for line in (r.stdout + r.stderr).splitlines():
        line = re.sub(r"\x1b\[[0-9;]*m", "", line)
        if line.strip():
            print(line, file=sys.stderr)
    if r.returncode != 0:
        sys.exit("bench/run.py: building the bench module failed")
    jars = [j for j in glob.glob(os.path.join(HERE, "target", "colophon-bench-*.jar"))
            if not re.search(r"-(sources|javadoc|tests)\.jar$", j)]
    with open(os.path.join(HERE, "target", "classpath.txt")) as f:
        return os.pathsep.join(jars[:1] + [f.read().strip()])


def in_process(args, work, classpath):
    n = args.in_process_size
    corpus_dir, manifest = corpus(n, work, args.seed)
    site = prepare("colophon", n, corpus_dir, work)
    dest = os.path.join(work, "out-in-process-%d" % n)
    cmd = ["java"] + shlex.split(args.in_process_java_opts) + ["-cp", classpath, "dev.colophon.bench.WarmBuild",
                                                                site, dest, str(args.in_process_runs)]
    say("\n## In one JVM: %d posts (%d published), %d builds\n" % (n, manifest["published"], args.in_process_runs))
    say("load: " + load())
    say("$ java %s-cp bench/target/colophon-bench-*.jar:… dev.colophon.bench.WarmBuild %s %s %d"
        % (args.in_process_java_opts + " " if args.in_process_java_opts else "", site, dest, args.in_process_runs))
    fd, timefile = tempfile.mkstemp(prefix="bench-time-")
    os.close(fd)
    started = datetime.datetime.now().isoformat(timespec="seconds")
    load_at_start = load1()
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%e %U %S %M", "-o", timefile] + cmd, stdout=subprocess.PIPE,
                            text=True)
    lines = []
    for line in proc.stdout:
        say("    " + line.rstrip("\n"))
        lines.append(line)
    rc = proc.wait()
    try:
        wall, user, system, rss = [l for l in open(timefile).read().splitlines() if l.strip()][-1].split()
        say("whole JVM: %s s wall, %.1f s cpu, peak %.0f MiB, exit %d"
            % (wall, float(user) + float(system), int(rss) / 1024, rc))
    except (OSError, IndexError, ValueError):
        pass
    os.unlink(timefile)
    shutil.rmtree(dest, ignore_errors=True)
    rows = []
    for line in lines:
        m = re.match(r"run (\d+) \((cold|warm)\):\s+(\d+) ms", line)
        if m:
            rows.append({"started": started, "tool": "colophon-in-process", "posts": n,
                         "published": manifest["published"], "run": m.group(1), "exit": rc,
                         "wall_s": int(m.group(3)) / 1000, "load1": load_at_start,
                         "java_opts": args.in_process_java_opts, "check": m.group(2)})
    summary = {}
    for line in lines:
        if line.startswith("summary\t"):
            summary = dict(kv.split("=", 1) for kv in line.strip().split("\t")[1:])
    if rc != 0 or not summary:
        say("(the harness failed: exit %d)" % rc)
    return rows, summary


# ------------------------------------------------------------------ main

def default_work():
    """/dev/shm/colophon-bench on a memory file system with 8 GiB free (a 100,000-post corpus and a build of
    it take about 3), else colophon-bench in the temporary folder."""
    try:
        with open("/proc/mounts") as f:
            shm = any(line.split()[1:3] == ["/dev/shm", "tmpfs"] for line in f)
        st = os.statvfs("/dev/shm")
        if shm and st.f_bavail * st.f_frsize >= 8 << 30:
            return "/dev/shm/colophon-bench"
    except OSError:
        pass
    return os.path.join(tempfile.gettempdir(), "colophon-bench")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "),
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="See the top of bench/run.py for what is measured and how.")
    ap.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes, comma-separated ('' for none)")
    ap.add_argument("--runs", type=int, help="timed runs per tool and size (default 3; 1 at 100000 posts)")
    ap.add_argument("--warmup", type=int, help="untimed runs before them (default 1; 0 at 100000 posts)")
    ap.add_argument("--peers", default="hugo,jekyll", help="peers to time when on the PATH ('' for none)")
    ap.add_argument("--work", default=default_work(),
                    help="scratch folder for corpora, sites and outputs (default %s)" % default_work())
    ap.add_argument("--colophon", default=LAUNCHER, help="the colophon command (default ./colophon), "
                    "called as CMD build -s SITE -d DEST")
    ap.add_argument("--java-homes", default="", help="other JDKs to time the same jar on, comma-separated "
                    "(e.g. /usr/lib/jvm/temurin-25-jdk-amd64): rows colophon-jdkN, run with that JAVA_HOME")
    ap.add_argument("--seed", default="42", help="corpus seed (default 42, the peers')")
    ap.add_argument("--timeout", type=int, default=3600, help="seconds for one build (default 3600)")
    ap.add_argument("--jekyll-max", type=int, default=10000, help="largest corpus Jekyll builds (default 10000)")
    ap.add_argument("--in-process", action="store_true", help="also run the in-process harness (WarmBuild)")
    ap.add_argument("--in-process-size", type=int, default=10000, help="its corpus size (default 10000)")
    ap.add_argument("--in-process-runs", type=int, default=5, help="its builds: 1 cold + warm ones (default 5)")
    ap.add_argument("--in-process-java-opts", default="", help="JVM flags for it (default: the JVM's own)")
    ap.add_argument("--jmh", action="store_true", help="also run the JMH benchmark of the Markdown stage")
    ap.add_argument("--jmh-args", default="", help="arguments for JMH's Main, e.g. '-f 1 -wi 3 -i 5'")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.replace(" ", "").split(",") if s]
    peers = [p for p in args.peers.replace(" ", "").split(",") if p]
    for p in peers:
        if p not in KNOWN_PEERS:
            ap.error("unknown peer %r (known: %s)" % (p, ", ".join(KNOWN_PEERS)))
    if not shutil.which("/usr/bin/time") or not shutil.which("timeout"):
        sys.exit("bench/run.py: needs GNU time as /usr/bin/time and timeout (coreutils)")
    args.colophon = shlex.split(args.colophon)
    args.java_homes = java_homes(ap, args.java_homes)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)

    say("# Colophon benchmark (issue 7), %s\n" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    say("machine: " + machine())
    say("load: " + load())
    versions = {}
    if sizes:
        log("checking %s (builds its jar when stale)" % " ".join(args.colophon))
        r = subprocess.run(args.colophon + ["--version"], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("bench/run.py: %s --version failed:\n%s%s" % (" ".join(args.colophon), r.stdout, r.stderr))
        java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
        versions["colophon"] = "%s (git %s) on %s" % ((r.stdout.strip().splitlines() or ["?"])[-1], git_version(),
                                                      java[0] if java else "java ?")
        for tool, home in args.java_homes.items():
            java = subprocess.run([os.path.join(home, "bin", "java"), "-version"], capture_output=True,
                                  text=True).stderr.splitlines()
            versions[tool] = "the same, with JAVA_HOME=%s: %s" % (home, java[0] if java else "java ?")
    active = []
    for p in peers:
        if not shutil.which(p):
            say("%s: not on the PATH, skipped" % p)
        elif not os.path.isdir(os.path.join(PEERS_DIR, p)):
            say("%s: no %s, skipped" % (p, os.path.join(PEERS_DIR, p)))
        elif sizes:
            active.append(p)
            versions[p] = peer_version(p)
    for tool, v in versions.items():
        say("%s: %s" % (tool, v))
    gen = SHARED_GEN if os.path.isfile(SHARED_GEN) else OWN_GEN
    say("corpus: %s N DIR --seed %s; work folder %s" % (os.path.relpath(gen, REPO), args.seed, work))

    os.makedirs(RESULTS, exist_ok=True)
    tsv = os.path.join(RESULTS, datetime.date.today().isoformat() + ".tsv")
    new = not os.path.exists(tsv)
    summaries = []

    def record(rows, version):
        nonlocal new
        with open(tsv, "a") as f:
            if new:
                f.write("\t".join(TSV_COLUMNS) + "\n")
                new = False
            for r in rows:
                r = dict(r, version=version)
                f.write("\t".join(("%.3f" % r[c]) if isinstance(r.get(c), float) else str(r.get(c, ""))
                                  for c in TSV_COLUMNS) + "\n")

    for n in sizes:
        corpus_dir, manifest = corpus(n, work, args.seed)
        say("\n## %d posts (%d published, %d drafts, %.1f MB)\n" % (n, manifest["published"], manifest["drafts"],
                                                                   manifest["bytes"] / 1e6))
        say("load: " + load())
        java_opts = colophon_java_opts(n)
        if java_opts is not None:
            say("COLOPHON_EXTRA_JAVA_OPTS=%s" % java_opts)
        tools = ["colophon"] + list(args.java_homes)
        for tool in active:
            if tool == "jekyll" and n > args.jekyll_max:
                say("jekyll: skipped above %d posts (O(N²) in Jekyll 4.3.1; --jekyll-max)" % args.jekyll_max)
            else:
                tools.append(tool)
        sites = {tool: prepare(tool, n, corpus_dir, work) for tool in tools}
        rows = time_tools(tools, n, manifest, sites, args, work, java_opts)
        base = None
        for tool in tools:
            record(rows[tool], versions[tool])
            s = summarize(tool, n, manifest, rows[tool], versions[tool])
            if tool == "colophon":
                base = s
            summaries.append(s)
            say("%-8s runs %s  wall s %s  cpu s %.2f  peak MiB %.0f  %.2f ms/post  %s%s" % (
                tool, runs_label(s), wall_label(s), s["cpu_median"], s["peak_mib_median"], s["ms_per_post"],
                s["check"], "" if tool == "colophon" else "  %s× Colophon's wall%s" % (ratio_label(s, base), "".join(
                    "; %.2f× %s's" % (s["wall_median"] / o["wall_median"], o["tool"]) for o in summaries
                    if o["posts"] == n and o["tool"] in args.java_homes and o is not s))))
        for site in sites.values():
            shutil.rmtree(site, ignore_errors=True)

    in_process_summary = None
    if args.in_process or args.jmh:
        classpath = bench_classpath()
        if args.in_process:
            rows, in_process_summary = in_process(args, work, classpath)
            record(rows, "WarmBuild (git %s)" % git_version())
        if args.jmh:
            say("\n## JMH: MarkdownBench (MarkdownParser#toHtml)\n")
            say("load: " + load())
            subprocess.run(["java", "-cp", classpath, "org.openjdk.jmh.Main", "MarkdownBench"]
                           + shlex.split(args.jmh_args))

    say("\n## Summary\n")
    say("load at the end: " + load())
    if summaries:
        say("\n| tool | posts | runs | wall s min / median / max | cpu s (med) | peak MiB (med) | ms/post | check "
            "| wall ÷ Colophon's |")
        say("|---|--:|---|---|--:|--:|--:|---|--:|")
        for n in sizes:
            base = next((s for s in summaries if s["posts"] == n and s["tool"] == "colophon"), None)
            for s in (s for s in summaries if s["posts"] == n):
                say("| %s | %d | %s | %s | %.2f | %.0f | %.2f | %s | %s |" % (
                    s["tool"], n, runs_label(s), wall_label(s), s["cpu_median"], s["peak_mib_median"],
                    s["ms_per_post"], s["check"], ratio_label(s, base)))
        say("\nms/post: wall median ÷ corpus posts, drafts included (as in RESULTS-peers.md). check: post pages /"
            " index entries / feed entries of every timed run, and exit 0.")
        for variant in args.java_homes:
            ratios = ["%s %d posts %.2f" % (s["tool"], s["posts"], s["wall_median"] / v["wall_median"])
                      for v in summaries if v["tool"] == variant
                      for s in summaries if s["posts"] == v["posts"] and not s["tool"].startswith("colophon")]
            if ratios:
                say("wall ÷ %s's: %s" % (variant, "; ".join(ratios)))
    if in_process_summary:
        s = in_process_summary
        corpus_n = int(s["corpus"])
        warm = float(s["warm_median_ms"])
        say("\n| in one JVM | posts | builds | create ms | cold ms | cold ms/post | warm ms (median) "
            "| warm ms/post | unchanged, Markdown cached: ms/post | unchanged, build remembered: ms/post |")
        say("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
        say("| WarmBuild | %d | %s | %s | %s | %.2f | %s | %s | %.3f | %.4f |" % (
            corpus_n, s["runs"], s["create_ms"], s["cold_ms"], float(s["cold_ms"]) / corpus_n,
            "–" if warm != warm else "%.0f" % warm, "–" if warm != warm else "%.2f" % (warm / corpus_n),
            float(s["unchanged_median_ms"]) / corpus_n, float(s["remembered_median_ms"]) / corpus_n))
    say("\nraw rows: %s" % os.path.relpath(tsv, REPO))
    failed = any(not s["check"].startswith("ok") for s in summaries)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

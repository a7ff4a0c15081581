#!/usr/bin/env python3
"""Issue 18's serve benchmark: how long a save takes to be served by `colophon serve`, beside `hugo server`.

    bench/serve.py --sizes 1000                        # 1000 posts, colophon and hugo, 10 edits of each kind
    bench/serve.py [--sizes 1000,10000] [--edits 10] [--kinds body,title,layout,config] [--peers colophon,hugo]
                   [--jar JAR ...] [--colophon CMD] [--hugo-args ARGS] [--timeout 60] [--keep-alive]
                   [--work DIR] [--shared DIR]

For each size and server, the site is made as bench/run.py makes it (its corpus, bench/site for Colophon,
../shared/bench/peers/hugo for Hugo: the same posts, the same index of all posts and feed of the 10 newest),
built once with the server's `build` (timed, "build s", to compare with the first serve), then served on a
free port: `./colophon serve -s SITE -d TMP --port P` (or `java -jar JAR serve ...` for each --jar, so that
two builds of the jar compare in one run; the launcher's JVM flags are then not used), and `hugo server
--port P --disableFastRender`, which renders to memory (Hugo's default; --hugo-args '--renderToDisk'
changes that). "First serve" is the time from starting the server to the home page answering with the
list of posts, JVM start included: Hugo answers once its first build is done, Colophon while its first build
runs (an asked-for page is rendered first). "Whole site" is when that build is done: Colophon's "Built ..."
line in its log (polled every 10 ms); Hugo's first serve. "GET ms" is then a post page's median GET, idle, on
a kept-alive connection and on a new one.

Then four kinds of edit, each --edits times, alternating between three published posts: the newest, one
from the middle and the oldest (the last two not in the feed). Each edit writes a unique marker into a
file (in place, one write, as a plain editor saves) and polls, every 3 ms, the page that must show it,
until it does (on a new connection each time, see Client; --keep-alive uses one; with `Accept-Encoding: gzip`,
as a browser asks, and the answer inflated when it is compressed); save -> served is the
time from just before the write to the answer that holds the marker:

- body: a paragraph appended to the post; polled: the post's page;
- title: the post's title replaced; polled: the home page, which lists every post;
- layout: a line added to the post layout (Colophon's _layouts/post.html, Hugo's single.html); polled: one
  post's page, then a second post's page is polled too (its time is in the JSON; it should show at once);
- config: the site title changed in _config.yml (hugo.toml); polled: the home page.

After each edit the script waits until the server is idle (its CPU time stops growing for 300 ms; up to
--timeout more after a timeout), so that one edit's rebuild does not fall on the next. The files are
restored after each kind, and the server is seen serving them again before the next kind. An edit not
served within --timeout seconds (60) is recorded as a timeout and the run goes on; medians and p90s are
of the edits served. CPU time (utime + stime of the server and its live children from /proc, children that
exited included) is summed over each kind and divided by its edits; RSS is VmRSS after the first serve,
after each kind and at the end, and the peak (VmHWM), of the server process or, for the launcher, of its
JVM (./colophon execs java: the same process). The server's own rebuild times ("Rebuilt in N ms", Hugo's
"Total in N ms") are read from its output, to tell the watcher's delay from the build's time.

From a clone that has no ../shared/bench beside it, give --shared DIR (as /work/shared/bench): without it
the corpus is bench/gen_corpus.py's (not the peers' bytes) and Hugo is skipped. The corpus' posts in a site
are hard links into the shared corpus: the three edited posts are replaced by copies of their own first.
The work folder is bench/run.py's (/dev/shm/colophon-bench when there is room), under serve/. A markdown
table is printed and written with the raw JSON to bench/results/serve-DATE-TIME.md/.json (git-ignored),
with the issue's targets beside Colophon's figures. The machine's load is printed too: on a busy machine every
figure grows (at 10,000 posts under a load of 15-20 on 2 cores, builds took 3-6 times as long).
"""
import argparse
import datetime
import gzip
import http.client
import json
import os
import re
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run as bench  # noqa: E402  (bench/run.py: corpus, sites, machine and versions)

POLL_S = 0.003
KINDS = ("body", "title", "layout", "config")
KNOWN = ("colophon", "hugo")
CLK_TCK = os.sysconf("SC_CLK_TCK")
# The targets, at 10,000 posts (issue 18): median ms for body and title, ms per post for a layout.
TARGETS = {"body": 50, "title": 150, "layout_ms_per_post": 0.6, "rss_mib": 400}


def now():
    return time.perf_counter()


# ------------------------------------------------------------------ the servers

class Server:
    """One server to measure: how to build and serve a site, and which files an edit changes."""

    def __init__(self, label, kind, cmd):
        self.label, self.kind, self.cmd = label, kind, cmd  # kind: colophon or hugo; cmd: the program

    def build_cmd(self, site, out):
        if self.kind == "hugo":
            return ["hugo", "-s", site, "-d", out]
        return self.cmd + ["build", "-s", site, "-d", out]

    def serve_cmd(self, site, out, port, hugo_args):
        if self.kind == "hugo":
            return ["hugo", "server", "-s", site, "--port", str(port), "--bind", "127.0.0.1"] + hugo_args
        return self.cmd + ["serve", "-s", site, "-d", out, "--port", str(port)]

    def posts_dir(self, site):
        return os.path.join(site, "content", "posts") if self.kind == "hugo" else os.path.join(site, "_posts")

    def layout(self, site):
        return os.path.join(site, "layouts", "_default", "single.html") if self.kind == "hugo" \
            else os.path.join(site, "_layouts", "post.html")

    def config(self, site):
        return os.path.join(site, "hugo.toml") if self.kind == "hugo" else os.path.join(site, "_config.yml")

    def post_url(self, name):
        """The URL of the post whose file is NAME.md: Hugo keeps the date in it, Colophon's /posts/:slug/ not."""
        return "/posts/%s/" % (name if self.kind == "hugo" else name[len("2000-01-01-"):])

    def rebuilt_ms(self, text):
        pattern = r"(?:Total|Rebuilt) in (\d+) ms" if self.kind == "hugo" else r"Rebuilt in (\d+) ms"
        return [int(m) for m in re.findall(pattern, text)]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """GETs from one server, on a new connection each time unless keep_alive (then one, opened again after any
    failure). A new connection by default, because the JDK's HTTP server answers a kept-alive connection
    ~40 ms late (it writes headers and body in two packets; Nagle holds the second until the client's
    delayed ACK), which would make Colophon's polling coarse; the table shows both, as "GET ms"."""

    def __init__(self, port, keep_alive=False):
        self.port, self.conn, self.keep_alive = port, None, keep_alive

    def get(self, path, timeout=10):
        """(status, body as text), or (None, error) when there is no answer."""
        try:
            if self.conn is None or not self.keep_alive:
                self.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
            self.conn.timeout = timeout
            if self.conn.sock is not None:
                self.conn.sock.settimeout(timeout)
            # As a browser asks: a server that compresses (Colophon's, from memory) sends gzip, one that does
            # not (Hugo's) sends the bytes as they are.
            self.conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
            r = self.conn.getresponse()
            body = r.read()
            if r.getheader("Content-Encoding", "") == "gzip":
                body = gzip.decompress(body)
            return r.status, body.decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as e:
            self.close()
            return None, str(e)

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


# ------------------------------------------------------------------ /proc: CPU and memory of a process tree

def proc_stat(pid):
    """(ppid, utime+stime, cutime+cstime) in seconds, or None when the process is gone."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            rest = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(rest[1]), (int(rest[11]) + int(rest[12])) / CLK_TCK, (int(rest[13]) + int(rest[14])) / CLK_TCK


def tree(root):
    """The root and its live descendants (the launcher's java, were it not exec'd; Maven building the jar)."""
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            st = proc_stat(int(name))
            if st:
                children.setdefault(st[0], []).append(int(name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def cpu_seconds(root):
    """CPU time of the tree so far: every live process's own, and the root's waited-for children's."""
    total = 0.0
    for pid in tree(root):
        st = proc_stat(pid)
        if st:
            total += st[1] + (st[2] if pid == root else 0)
    return total


def memory_kib(root, field):
    """The largest VmRSS or VmHWM in the tree: the JVM's (or Hugo's), not a shell's or the sum of both."""
    best = 0
    for pid in tree(root):
        try:
            with open("/proc/%d/status" % pid) as f:
                m = re.search(r"^%s:\s+(\d+)" % field, f.read(), re.M)
        except OSError:
            continue
        if m:
            best = max(best, int(m.group(1)))
    return best


def wait_idle(pid, longest=15.0):
    """Waits until the server's CPU time grows by one clock tick at most in each of three 100 ms windows in a
    row (three, because on a busy machine a building server can be left without a core for 100 ms)."""
    end = now() + longest
    last, quiet = cpu_seconds(pid), 0
    while now() < end and quiet < 3:
        time.sleep(0.1)
        cpu = cpu_seconds(pid)
        quiet = quiet + 1 if cpu - last <= 0.0101 else 0
        last = cpu


# ------------------------------------------------------------------ files and markers

def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    """In place and in one write, as a plain editor saves (no temporary file beside it for a watcher to see)."""
    with open(path, "wb") as f:
        f.write(data)


def own_copy(path):
    """Replaces a hard link into the shared corpus by a copy, so that an edit stays in this site."""
    if os.stat(path).st_nlink > 1:
        data = read(path)
        os.unlink(path)
        write(path, data)


def with_body(original, marker):
    return original.rstrip(b"\n") + b"\n\n" + marker.encode() + b"\n"


def with_title(original, marker):
    return re.sub(rb"(?m)^title:.*$", ("title: %s" % marker).encode(), original, count=1)


def with_layout(original, marker):
    return original.replace(b"</article>", ("<p class=\"bench\">%s</p>\n</article>" % marker).encode(), 1)


def with_site_title(original, marker, kind):
    if kind == "hugo":
        return re.sub(rb'(?m)^title = "([^"]*)"', ('title = "Bench Blog %s"' % marker).encode(), original, count=1)
    return re.sub(rb"(?m)^title: .*$", ("title: Bench Blog %s" % marker).encode(), original, count=1)


def chosen_posts(corpus_dir):
    """Three published posts by file name: the newest, one from the middle, the oldest."""
    with open(os.path.join(corpus_dir, "published.txt")) as f:
        names = sorted(line.strip() for line in f if line.strip())
    return [names[-1], names[len(names) // 2], names[0]]


# ------------------------------------------------------------------ one server, one size

def poll(client, path, want, timeout, absent=False):
    """Seconds until the page at path holds want (or no longer holds it), or None after timeout."""
    start = now()
    while now() - start < timeout:
        status, body = client.get(path, timeout=max(1.0, timeout - (now() - start)))
        if status == 200 and ((want not in body) if absent else (want in body)):
            return now() - start
        time.sleep(POLL_S)
    return None


def timed_build(server, site, out, log):
    shutil.rmtree(out, ignore_errors=True)
    start = now()
    rc = subprocess.call(server.build_cmd(site, out), stdout=log, stderr=subprocess.STDOUT,
                         stdin=subprocess.DEVNULL)
    took = now() - start
    shutil.rmtree(out, ignore_errors=True)
    return took if rc == 0 else None


def measure(server, n, corpus_dir, manifest, args, work):
    folder = os.path.join(work, "serve", server.label)
    site = bench.prepare(server.kind, n, corpus_dir, folder)
    out = os.path.join(folder, "out-%d" % n)
    names = chosen_posts(corpus_dir)
    files = {name: os.path.join(server.posts_dir(site), name + ".md") for name in names}
    for path in files.values():
        own_copy(path)
    logpath = os.path.join(folder, "server-%d.log" % n)
    result = {"server": server.label, "kind": server.kind, "posts": n, "published": manifest["published"],
              "edited_posts": names, "log": logpath, "edits": []}
    with open(logpath, "w") as log:
        log.write("$ %s\n" % " ".join(shlex.quote(c) for c in server.build_cmd(site, out)))
        log.flush()
        result["build_s"] = timed_build(server, site, out, log)
        port = free_port()
        cmd = server.serve_cmd(site, out, port, args.hugo_args)
        log.write("$ %s\n" % " ".join(shlex.quote(c) for c in cmd))
        log.flush()
        bench.log("%s, %d posts: serving on port %d (log %s)" % (server.label, n, port, logpath))
        start = now()
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        client = Client(port, args.keep_alive)
        try:
            serve(server, proc, client, start, site, files, result, args, logpath)
        finally:
            client.close()
            stop(proc)
    shutil.rmtree(site, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    return result


def site_ready(server, proc, start, logpath, first, timeout):
    """Seconds from the start until the whole site is built: Hugo serves only then; Colophon answers pages
    while its first build runs, and says "Built ..." when the build is done (the log is polled every 10 ms)."""
    if server.kind == "hugo":
        return first
    while now() - start < timeout and proc.poll() is None:
        with open(logpath) as log:
            lines = log.read().splitlines()
        served = [i for i, line in enumerate(lines) if line.startswith("$ ")][-1]  # the server's command line
        if any(line.startswith("Built ") for line in lines[served:]):
            return now() - start
        time.sleep(0.01)
    return None


def serve(server, proc, client, start, site, files, result, args, logpath):
    first = None
    while now() - start < args.first_timeout and proc.poll() is None:
        status, body = client.get("/", timeout=args.first_timeout)
        if status == 200 and '<ul class="posts">' in body:
            first = now() - start
            result["index_entries"] = body.count("<li><time>")
            break
        time.sleep(0.02)
    result["first_serve_s"] = first
    if first is None:
        result["error"] = "the home page never answered (exit %s)" % proc.poll()
        bench.log("  %s: %s" % (server.label, result["error"]))
        return
    result["site_ready_s"] = site_ready(server, proc, start, logpath, first, args.first_timeout)
    bench.log("  first serve %.2f s, whole site %s s (build %s s), %d index entries" % (
        first, fmt(result["site_ready_s"], "%.2f"), "%.2f" % result["build_s"] if result["build_s"] else "failed",
        result["index_entries"]))
    urls = {name: server.post_url(name) for name in files}
    for name, url in urls.items():
        status, _ = client.get(url)
        if status != 200:
            result["error"] = "%s answers %s, not 200" % (url, status)
            bench.log("  %s: %s" % (server.label, result["error"]))
            return
    wait_idle(proc.pid)
    result["rss_first_mib"] = memory_kib(proc.pid, "VmRSS") / 1024
    post = next(iter(urls.values()))
    result["get_ms_keep_alive"] = get_ms(Client(client.port, keep_alive=True), post)
    result["get_ms_new_connection"] = get_ms(Client(client.port), post)
    result["kinds"] = {}
    names = list(files)
    for kind in KINDS:
        if kind not in args.kinds:
            continue
        offset = os.path.getsize(logpath)
        cpu0 = cpu_seconds(proc.pid)
        edits = edit_kind(kind, server, proc, client, site, files, names, urls, args)
        cpu = cpu_seconds(proc.pid) - cpu0
        with open(logpath, errors="replace") as f:
            f.seek(offset)
            rebuilt = server.rebuilt_ms(f.read())
        result["edits"].extend(edits)
        served = sorted(e["ms"] for e in edits if e["ms"] is not None)
        result["kinds"][kind] = {
            "edits": len(edits), "timeouts": sum(e["ms"] is None for e in edits),
            "median_ms": statistics.median(served) if served else None, "p90_ms": p90(served),
            "min_ms": served[0] if served else None, "max_ms": served[-1] if served else None,
            "cpu_s_per_edit": cpu / len(edits), "server_rebuilds": len(rebuilt),
            "server_rebuild_median_ms": statistics.median(rebuilt) if rebuilt else None,
            "rss_after_mib": memory_kib(proc.pid, "VmRSS") / 1024}
        k = result["kinds"][kind]
        bench.log("  %-6s median %s ms, p90 %s ms, %d timeouts, cpu %.2f s per edit, RSS %.0f MiB after, server's "
                  "rebuilds %s" % (kind, fmt(k["median_ms"]), fmt(k["p90_ms"]), k["timeouts"], k["cpu_s_per_edit"],
                                   k["rss_after_mib"], " ".join(map(str, rebuilt)) or "-"))
    result["rss_end_mib"] = memory_kib(proc.pid, "VmRSS") / 1024
    result["rss_peak_mib"] = memory_kib(proc.pid, "VmHWM") / 1024


def get_ms(client, path, times=21):
    """The median time of a GET of path (the first request not counted: it opens the connection)."""
    client.get(path)
    took = []
    for _ in range(times):
        start = now()
        client.get(path)
        took.append((now() - start) * 1000)
    client.close()
    return statistics.median(took)


def edit_kind(kind, server, proc, client, site, files, names, urls, args):
    """The edits of one kind, then the files restored and seen served again; each edit's record."""
    if kind in ("body", "title"):
        targets = dict(files)
    else:
        targets = {kind: server.layout(site) if kind == "layout" else server.config(site)}
    originals = {key: read(path) for key, path in targets.items()}
    edits, last_marker = [], None
    for i in range(args.edits):
        marker = "serve%s%d%s" % (kind, i, os.urandom(4).hex())
        post = names[i % len(names)]
        if kind == "body":
            key, data, url = post, with_body(originals[post], marker), urls[post]
        elif kind == "title":
            key, data, url = post, with_title(originals[post], marker), "/"
        elif kind == "layout":
            key, data, url = kind, with_layout(originals[kind], marker), urls[post]
        else:
            key, data, url = kind, with_site_title(originals[kind], marker, server.kind), "/"
        if data == originals[key]:
            sys.exit("bench/serve.py: the %s edit found nothing to change in %s" % (kind, targets[key]))
        start = now()
        write(targets[key], data)
        took = poll(client, url, marker, args.timeout)
        record = {"kind": kind, "i": i, "post": post, "url": url,
                  "ms": None if took is None else (now() - start) * 1000}
        if kind == "layout" and took is not None:
            other = urls[names[(i + 1) % len(names)]]
            second = poll(client, other, marker, args.timeout)
            record.update(second_url=other, second_ms=None if second is None else (now() - start) * 1000)
        edits.append(record)
        last_marker = marker
        if took is None:
            bench.log("  %s edit %d: not served within %d s (timeout)" % (kind, i, args.timeout))
        # After a timeout the server may still be building: longer, so that the next edit does not pile on.
        wait_idle(proc.pid, 15 if took is not None else args.timeout)
    for key, path in targets.items():
        write(path, originals[key])
    # Seen served as before: the marker of the last edit gone from the page that showed it.
    if last_marker is not None and edits[-1]["ms"] is not None:
        if poll(client, edits[-1]["url"], last_marker, args.timeout, absent=True) is None:
            bench.log("  %s: the restored files not served within %d s" % (kind, args.timeout))
    wait_idle(proc.pid)
    return edits


def stop(proc):
    """Ctrl-C, as a user stops a dev server; killed when it does not stop within 10 s."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# ------------------------------------------------------------------ report

def p90(sorted_values):
    """Nearest rank: the value at or below which 90 % of them fall."""
    if not sorted_values:
        return None
    return sorted_values[max(0, -(-9 * len(sorted_values) // 10) - 1)]


def fmt(v, spec="%.0f"):
    return "–" if v is None else spec % v


def table(results):
    lines = ["| server | posts | build s | first serve s | whole site s | RSS first / end / peak MiB | GET ms kept-alive / new "
             "| body ms med / p90 | title ms med / p90 | layout ms med / p90 (ms/post) | config ms med / p90 "
             "| CPU s per edit b / t / l / c | timeouts |",
             "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for r in results:
        if r.get("error"):
            lines.append("| %s | %d | %s | – | – | – | %s | | | | | | |" % (
                r["server"], r["posts"], fmt(r.get("build_s"), "%.2f"), r["error"]))
            continue
        k = r["kinds"]
        def cell(kind):
            """Median and p90 of the edits served; the timeouts said, as those figures leave them out."""
            if kind not in k:
                return "–"
            timeouts = k[kind]["timeouts"]
            return "%s / %s%s" % (fmt(k[kind]["median_ms"]), fmt(k[kind]["p90_ms"]),
                                  " (%d timeouts)" % timeouts if timeouts else "")

        layout = cell("layout")
        if "layout" in k and k["layout"]["median_ms"] is not None:
            layout += " (%.3f)" % (k["layout"]["median_ms"] / r["published"])
        lines.append("| %s | %d | %s | %.2f | %s | %.0f / %.0f / %.0f | %.1f / %.1f | %s | %s | %s | %s | %s | %d |" % (
            r["server"], r["posts"], fmt(r["build_s"], "%.2f"), r["first_serve_s"], fmt(r.get("site_ready_s"), "%.2f"),
            r["rss_first_mib"],
            r["rss_end_mib"], r["rss_peak_mib"], r["get_ms_keep_alive"], r["get_ms_new_connection"], cell("body"),
            cell("title"), layout, cell("config"),
            " / ".join(fmt(k[kind]["cpu_s_per_edit"], "%.2f") if kind in k else "–" for kind in KINDS),
            sum(v["timeouts"] for v in k.values())))
    return lines


def targets(results):
    """The issue's targets against Colophon's figures at each size (they are set for 10,000 posts)."""
    lines = []
    for r in results:
        if r["kind"] != "colophon" or r.get("error"):
            continue
        k = r["kinds"]
        checks = []
        if "body" in k:
            checks.append(("body ≤ %d ms median" % TARGETS["body"], k["body"]["median_ms"], TARGETS["body"]))
        if "title" in k:
            checks.append(("title ≤ %d ms median" % TARGETS["title"], k["title"]["median_ms"], TARGETS["title"]))
        if "layout" in k and k["layout"]["median_ms"] is not None:
            checks.append(("layout ≤ %.1f ms per post" % TARGETS["layout_ms_per_post"],
                           k["layout"]["median_ms"] / r["published"], TARGETS["layout_ms_per_post"]))
        if r.get("build_s"):
            checks.append(("first serve ≤ build (%.2f s)" % r["build_s"], r["first_serve_s"], r["build_s"]))
        checks.append(("RSS peak ≤ %d MiB" % TARGETS["rss_mib"], r["rss_peak_mib"], TARGETS["rss_mib"]))
        lines.append("- %s, %d posts: %s" % (r["server"], r["posts"], "; ".join(
            "%s: %s %s" % (what, "–" if got is None else (("%.3g" if got < 10 else "%.0f") % got),
                           "met" if got is not None and got <= want else "not met") for what, got, want in checks)))
    return lines


# ------------------------------------------------------------------ main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "),
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="See the top of bench/serve.py for what is measured and how.")
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    ap.add_argument("--edits", type=int, default=10, help="edits of each kind (default 10)")
    ap.add_argument("--kinds", default=",".join(KINDS), help="edit kinds (default %s)" % ",".join(KINDS))
    ap.add_argument("--peers", default="colophon,hugo", help="servers (default colophon,hugo; hugo only when "
                    "installed)")
    ap.add_argument("--colophon", default=bench.LAUNCHER, help="the colophon command (default ./colophon)")
    ap.add_argument("--jar", action="append", default=[], help="serve with `java -jar JAR` instead of the "
                    "launcher; repeat it to compare builds of the jar in one run")
    ap.add_argument("--hugo-args", default="--disableFastRender", help="more arguments for `hugo server` "
                    "(default --disableFastRender; Hugo renders to memory unless --renderToDisk)")
    ap.add_argument("--keep-alive", action="store_true", help="poll on one kept-alive connection instead of a new "
                    "connection for each request")
    ap.add_argument("--timeout", type=int, default=60, help="seconds an edit may take to be served (default 60)")
    ap.add_argument("--first-timeout", type=int, default=600, help="seconds for the first serve (default 600)")
    ap.add_argument("--work", default=bench.default_work(), help="scratch folder (default %s)" % bench.default_work())
    ap.add_argument("--seed", default="42", help="corpus seed (default 42, the peers')")
    ap.add_argument("--shared", default=bench.SHARED, help="the folder with gen-corpus.py and peers/ (default "
                    "../shared/bench beside the repository; give it for a clone elsewhere)")
    args = ap.parse_args(argv)
    # bench/run.py reads these when it makes a corpus or a site.
    bench.SHARED_GEN = os.path.join(args.shared, "gen-corpus.py")
    bench.PEERS_DIR = os.path.join(args.shared, "peers")
    sizes = [int(s) for s in args.sizes.replace(" ", "").split(",") if s]
    peers = [p for p in args.peers.replace(" ", "").split(",") if p]
    args.kinds = [k for k in args.kinds.replace(" ", "").split(",") if k]
    for p in peers:
        if p not in KNOWN:
            ap.error("unknown server %r (known: %s)" % (p, ", ".join(KNOWN)))
    for k in args.kinds:
        if k not in KINDS:
            ap.error("unknown edit kind %r (known: %s)" % (k, ", ".join(KINDS)))
    if args.edits < 1:
        ap.error("--edits must be 1 or more")
    args.hugo_args = shlex.split(args.hugo_args)
    work = os.path.abspath(args.work)

    started = datetime.datetime.now()
    say = bench.say
    say("# Colophon serve benchmark (issue 18), %s\n" % started.strftime("%Y-%m-%d %H:%M"))
    header = ["machine: " + bench.machine(), "load: " + bench.load()]
    servers = []
    if "colophon" in peers:
        if args.jar:
            for i, jar in enumerate(args.jar, 1):
                servers.append(Server("colophon-jar%d" % i if len(args.jar) > 1 else "colophon-jar", "colophon",
                                      ["java", "-jar", os.path.abspath(jar)]))
                header.append("%s: java -jar %s" % (servers[-1].label, os.path.abspath(jar)))
        else:
            servers.append(Server("colophon", "colophon", shlex.split(args.colophon)))
        for s in servers:
            # Builds the launcher's jar when stale, before anything is timed.
            r = subprocess.run(s.cmd + ["--version"], capture_output=True, text=True)
            if r.returncode != 0:
                sys.exit("bench/serve.py: %s --version failed:\n%s%s" % (" ".join(s.cmd), r.stdout, r.stderr))
            header.append("%s: %s (git %s)" % (s.label, (r.stdout.strip().splitlines() or ["?"])[-1],
                                               bench.git_version()))
    if "hugo" in peers:
        if not os.path.isdir(os.path.join(bench.PEERS_DIR, "hugo")):
            header.append("hugo: no %s, skipped (see --shared)" % os.path.join(bench.PEERS_DIR, "hugo"))
        elif shutil.which("hugo"):
            servers.append(Server("hugo", "hugo", ["hugo"]))
            header.append("hugo: %s; `hugo server %s` (renders to memory unless --renderToDisk)" % (
                bench.peer_version("hugo"), " ".join(args.hugo_args)))
        else:
            header.append("hugo: not on the PATH, skipped")
    header.append("edits: %d of each kind, polled every %.0f ms, timeout %d s; work folder %s" % (
        args.edits, POLL_S * 1000, args.timeout, work))
    for line in header:
        say(line)

    results = []
    warmed = set()
    for n in sizes:
        corpus_dir, manifest = bench.corpus(n, work, args.seed)
        say("\n## %d posts (%d published)\nload: %s" % (n, manifest["published"], bench.load()))
        for server in servers:
            if server.kind == "colophon" and server.label not in warmed:
                # One untimed build first: the launcher records its class data archive on a first build.
                folder = os.path.join(work, "serve", server.label)
                site = bench.prepare(server.kind, n, corpus_dir, folder)
                with open(os.devnull, "w") as devnull:
                    timed_build(server, site, os.path.join(folder, "warm-up"), devnull)
                warmed.add(server.label)
            results.append(measure(server, n, corpus_dir, manifest, args, work))

    notes = ("Save → served: from just before the write to the answer holding the marker, polled every 3 ms (%s). "
             "GET ms: the median GET of a post page, idle. p90 by nearest rank. layout ms/post: median ÷ published "
             "posts. CPU: the server's, per edit, its idle wait included. RSS peak: VmHWM."
             % ("one kept-alive connection" if args.keep_alive else "a new connection each"))
    lines = [""] + table(results) + ["", notes, ""]
    lines += ["Targets (issue 18; they are set at 10,000 posts):"] + targets(results) + \
             ["", "load at the end: " + bench.load()]
    for line in lines:
        say(line)
    os.makedirs(bench.RESULTS, exist_ok=True)
    base = os.path.join(bench.RESULTS, "serve-" + started.strftime("%Y-%m-%d-%H%M"))
    with open(base + ".md", "w") as f:
        f.write("# Colophon serve benchmark (issue 18), %s\n\n" % started.strftime("%Y-%m-%d %H:%M"))
        f.write("\n".join(header + lines) + "\n")
    with open(base + ".json", "w") as f:
        json.dump({"started": started.isoformat(timespec="seconds"), "header": header,
                   "args": {k: v for k, v in vars(args).items()}, "results": results}, f, indent=1)
    say("\nwritten: %s.md, %s.json" % (os.path.relpath(base, bench.REPO), os.path.relpath(base, bench.REPO)))
    return 1 if any(r.get("error") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())

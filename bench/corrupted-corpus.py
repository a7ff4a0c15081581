#!/usr/bin/env python3
"""Builds a corpus, corrupts 10 of its published posts in 10 different ways, builds again, and checks that
the second build reports all 10 (file and line) in one run and leaves the first build's site as it was.

    bench/corrupted-corpus.py [N] [WORKDIR]     # N posts (default 1000), with ../shared/bench/gen-corpus.py

Uses cli/target/colophon.jar (run ./colophon --version once to build it). Exit 0 when every check holds.
"""
import hashlib, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
JAR = os.path.join(REPO, "cli", "target", "colophon.jar")
GEN = os.path.join(REPO, "..", "shared", "bench", "gen-corpus.py")

# (what, how to corrupt the text of a post, the message the build must give for it)
CORRUPTIONS = [
    ("invalid YAML", lambda t: t.replace("---\n", "---\nsubtitle: [broken\n", 1), "expected ',' or ']'"),
    ("class tag", lambda t: t.replace("---\n", "---\nx: !!java.net.URL [\"http://a/\"]\n", 1), "YAML tag"),
    ("impossible date", lambda t: re.sub(r"(?m)^date: .*$", "date: 2021-02-30", t, count=1), "is not a real day"),
    ("unclosed Liquid", lambda t: t + "\n{% if x %}\nnever closed\n", "{% if %} is not closed"),
    ("missing include", lambda t: t + "\n{% include missing.html %}\n", "does not exist"),
    ("escaping permalink", lambda t: t.replace("---\n", "---\npermalink: /../../x.html\n", 1), "permalink"),
    ("missing layout", lambda t: re.sub(r"(?m)^layout: .*$", "layout: nosuch", t, count=1), "layout 'nosuch'"),
    ("unclosed front matter", lambda t: "---\n" + t.split("---\n", 2)[1], "front matter is not closed"),
    ("not UTF-8", None, "not valid UTF-8"),
    ("title of the wrong type", lambda t: re.sub(r"(?m)^title: .*$", "title: [a, list]", t, count=1),
     "'title' must be text"),
]


def tree(root):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            out[os.path.relpath(p, root)] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return out


def build(src, dest):
    return subprocess.run(["java", "-jar", JAR, "build", "-s", src, "-d", dest], capture_output=True, text=True)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    work = sys.argv[2] if len(sys.argv) > 2 else "/tmp/colophon-corrupted"
    shutil.rmtree(work, ignore_errors=True)
    src, dest = os.path.join(work, "src"), os.path.join(work, "out")
    subprocess.run([sys.executable, GEN, str(n), src], check=True, capture_output=True)
    with open(os.path.join(src, "_config.yml"), "w") as f:
        f.write("title: Corpus\nurl: https://example.org\n")
    first = build(src, dest)
    if first.returncode != 0:
        sys.exit("the clean corpus did not build:\n" + first.stderr)
    before = tree(dest)

    # published.txt names the posts the corpus publishes (file names without .md): drafts are not built.
    published = {l.strip() for l in open(os.path.join(src, "published.txt")) if l.strip()}
    chosen = sorted(p for p in os.listdir(os.path.join(src, "_posts")) if p[:-3] in published)
    step = len(chosen) // len(CORRUPTIONS)
    targets = [chosen[i * step] for i in range(len(CORRUPTIONS))]
    for (what, corrupt, _), name in zip(CORRUPTIONS, targets):
        path = os.path.join(src, "_posts", name)
        if corrupt is None:
            data = open(path, "rb").read()
            open(path, "wb").write(data + b"\n\xff\xfe not UTF-8\n")
        else:
            text = open(path, encoding="utf-8").read()
            open(path, "w", encoding="utf-8").write(corrupt(text))

    second = build(src, dest)
    errors = [l for l in second.stderr.splitlines() if ": error: " in l]
    ok = second.returncode == 1
    for (what, _, expected), name in zip(CORRUPTIONS, targets):
        line = next((l for l in errors if l.startswith("_posts/" + name + ":")), None)
        good = line is not None and expected in line and re.match(r"_posts/[^:]+:\d+:\d+: error: ", line)
        ok &= bool(good)
        print("%-24s %s  %s" % (what, "ok " if good else "MISSING", line or name))
    intact = tree(dest) == before
    leftovers = [f for f in os.listdir(work) if ".colophon-" in f]
    ok &= intact and not leftovers and len(errors) == len(CORRUPTIONS)
    print("errors reported: %d of %d in one run; previous site %s; leftovers: %s"
          % (len(errors), len(CORRUPTIONS), "intact" if intact else "CHANGED", leftovers or "none"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Deterministic blog corpus for bench/run.py, used when ../shared/bench/gen-corpus.py (the generator the
peer figures were measured on) is not there. Same kind of posts, not the same bytes.

    bench/gen_corpus.py N OUTDIR [--seed S]

Writes N posts as OUTDIR/_posts/YYYY-MM-DD-slug.md: YAML front matter (layout, title, date with a time and
an offset, tags as a flow or block list, sometimes categories and a description, `draft: true` for about
5%) and a Markdown body of 300-1500 words with headings, paragraphs, lists, links, inline and fenced code
(``` and ~~~, with a language), block quotes, GFM tables, footnotes, images, straight quotes, dashes and
non-ASCII text (accents, CJK). Post i depends only on (seed, i), its date also on N (spread over 15
years). OUTDIR/corpus.json records posts, seed, drafts, published, bytes and the generator;
OUTDIR/published.txt the published posts' names. Bodies never contain "{{" or "{%".
"""
import argparse
import datetime as dt
import json
import os
import random
import sys

WORDS = """the a of to and in is that for it as with was on be by this are or from at an but not have has
which they we you one all can will would there more if when what so about out up into than then only also
other some could these two may first any new like time just over such most after well even because through
back much where before those way many must both between each very down under same while last never still
system data server client request response cache memory thread lock queue stream buffer parser lexer token
template layout page post site feed index build render compile deploy release version branch commit merge
test bench latency throughput allocation heap stack frame module package plugin config option default value
string number list map tree graph node path file folder disk network socket header body schema table row
query shard cluster leader timeout retry metric trace span log event handler callback channel message topic
batch window snapshot migration rollback flag user session cookie key hash digest checksum encoding unicode
byte word line paragraph heading footnote link image code quick small large fast slow simple robust careful
subtle hidden lazy eager strict stable flaky measure improve reduce avoid prefer replace remove add keep
write read parse emit walk scan sort filter group join split trim wrap""".split()
CONTRACTIONS = ["don't", "isn't", "it's", "we're", "can't", "won't", "doesn't", "I've", "that's",
                "O'Reilly's", "'90s", "let's", "wasn't"]
NONASCII = ["café", "naïve", "über", "Zürich", "résumé", "façade", "Ångström", "jalapeño", "Dvořák",
            "Gödel", "Erdős", "Łódź", "São Paulo", "crème brûlée", "déjà vu", "Straße"]
CJK = ["这是一个关于性能的简短句子。", "日本語の文章もときどき混ざります。", "한국어 문장도 가끔 나옵니다."]
TITLES = ["Notes on {a} and {b}", "Why {a} Matter", "{a}: a practical guide", "The \"{a}\" problem",
          "Don't fear {a}", "{a} vs. {b}: what I learned", "Rethinking {a} — again", "{a}, {b} & {c}",
          "A week with {a} in {u}", "Lessons from {a} (part {n})", "{a}: {cjk}"]
TITLE_WORDS = """Caching Parsers Templates Latency Threads Queues Benchmarks Markdown Feeds Builds Pipelines
Indexes Snapshots Plugins Streams Unicode Footnotes Layouts Checksums Locks Compilers Heaps Dates""".split()
CODE = {
    "java": ["public final class {N} {", "    private final Map<String, Integer> counts = new HashMap<>();",
             "    int get(String k) { return counts.getOrDefault(k, 0); }", "}"],
    "python": ["def {n}(items):", "    out = {}", "    for it in items:", "        out[it] = out.get(it, 0) + 1",
               "    return out"],
    "go": ["func {N}(xs []int) int {", "\ttotal := 0", "\tfor _, x := range xs {", "\t\ttotal += x", "\t}",
           "\treturn total", "}"],
    "bash": ["set -euo pipefail", "for f in *.md; do", "  wc -w \"$f\"", "done | sort -n | tail -5"],
    "sql": ["SELECT id, title FROM posts", " WHERE draft = false", " ORDER BY created_at DESC LIMIT 10;"],
    "yaml": ["server:", "  port: 8080", "cache:", "  ttl: 30s"],
}
TAGS = ["java", "performance", "markdown", "web", "jvm", "testing", "tooling", "databases", "concurrency",
        "unicode", "design", "ops", "security", "notes", "benchmarks", "release"]
CATEGORIES = ["engineering", "notes", "essays", "tutorials", "news"]
OFFSETS = [0, 60, 120, -300, -480, 330, 540, -180, 600, -240]
BASE = dt.datetime(2009, 1, 1)
SPAN = 15 * 365 * 86400


def quote(s, rng):
    """s as a YAML scalar: plain when that is safe and the dice say so, else single or double quoted."""
    if not any(c in s for c in ':#"\'[]{},&*!|>%@`') and rng.random() < 0.5:
        return s
    if rng.random() < 0.5:
        return "'" + s.replace("'", "''") + "'"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def slugify(title):
    s = "".join(c if "a" <= c <= "z" or "0" <= c <= "9" else "-" for c in title.lower())
    return "-".join(p for p in s.split("-") if p)[:50].strip("-") or "post"


class Body:
    def __init__(self, rng):
        self.rng, self.words, self.notes = rng, 0, []
        self.footnotes = rng.random() < 0.2

    def sentence(self):
        rng = self.rng
        ws = rng.choices(WORDS, k=rng.randint(6, 20))
        self.words += len(ws)
        for p, make in ((0.25, lambda w: rng.choice(CONTRACTIONS)), (0.15, lambda w: '"%s %s"' % (w, rng.choice(WORDS))),
                        (0.08, lambda w: "'%s'" % w), (0.1, lambda w: rng.choice(NONASCII)), (0.1, lambda w: "`%s()`" % w),
                        (0.08, lambda w: "[%s](https://example.com/%s/%d)" % (w, rng.choice(WORDS), rng.randrange(1000))),
                        (0.08, lambda w: "*%s*" % w), (0.05, lambda w: "**%s**" % w),
                        (0.1, lambda w: rng.choice(["\u2014", "--", "---", "\u2013"]) + " " + w)):
            if rng.random() < p:
                i = rng.randrange(1, len(ws))
                ws[i] = make(ws[i])
        s = " ".join(ws)
        s = s[0].upper() + s[1:] + rng.choice([".", ".", ".", "?", "!", "..."])
        if self.footnotes and rng.random() < 0.05 and len(self.notes) < 4:
            self.notes.append("[^%d]: %s." % (len(self.notes) + 1, " ".join(rng.choices(WORDS, k=8)).capitalize()))
            s += "[^%d]" % len(self.notes)
        return s

    def paragraph(self):
        text = " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))
        return text + (" " + self.rng.choice(CJK) if self.rng.random() < 0.03 else "")

    def block(self, has_table):
        rng, r = self.rng, self.rng.random()
        if r < 0.55:
            return self.paragraph()
        if r < 0.65:
            mark = rng.choice("-*")
            return "\n".join("%s %s" % (mark, self.sentence()) for _ in range(rng.randint(3, 7)))
        if r < 0.72:
            return "\n".join("%d. %s" % (i + 1, self.sentence()) for i in range(rng.randint(3, 6)))
        if r < 0.80:
            lang = rng.choice(sorted(CODE))
            name = rng.choice(WORDS) + str(rng.randrange(100))
            fence = "```" if rng.random() < 0.9 else "~~~"
            lines = [l.replace("{n}", name).replace("{N}", name.capitalize()) for l in CODE[lang]]
            return "%s%s\n%s\n%s" % (fence, lang, "\n".join(lines), fence)
        if r < 0.86:
            return "\n>\n".join("> " + self.sentence() for _ in range(rng.randint(1, 3)))
        if r < 0.90:
            alt = " ".join(rng.choices(WORDS, k=rng.randint(2, 5))).capitalize()
            return "![%s](/images/%s-%d.png)" % (alt, rng.choice(WORDS), rng.randrange(500))
        if r < 0.95 or not has_table:
            return "### %s\n\n%s" % (" ".join(rng.choices(WORDS, k=3)).capitalize(), self.paragraph())
        cols = rng.randint(2, 5)
        rows = ["| " + " | ".join(rng.choice(WORDS).capitalize() for _ in range(cols)) + " |",
                "| " + " | ".join(rng.choice(["---", ":---", "---:", ":---:"]) for _ in range(cols)) + " |"]
        for _ in range(rng.randint(2, 8)):
            self.words += cols
            rows.append("| " + " | ".join(str(rng.randint(0, 99999)) if rng.random() < 0.4 else rng.choice(WORDS)
                                          for _ in range(cols)) + " |")
        return "\n".join(rows)

    def text(self, target):
        has_table = self.rng.random() < 0.3
        blocks = [self.paragraph()]
        while self.words < target:
            blocks.append("## " + " ".join(self.rng.choices(WORDS, k=self.rng.randint(2, 6))).capitalize())
            for _ in range(self.rng.randint(1, 5)):
                blocks.append(self.block(has_table))
        if self.notes:
            blocks.append("\n".join(self.notes))
        return "\n\n".join(blocks) + "\n"


def post(seed, i, n):
    rng = random.Random("%s:%d" % (seed, i))
    a, b, c = rng.sample(TITLE_WORDS, 3)
    title = rng.choice(TITLES).format(a=a, b=b, c=c, n=rng.randint(1, 9), u=rng.choice(NONASCII), cjk=rng.choice(CJK))
    step = SPAN / n
    local = BASE + dt.timedelta(seconds=int(i * step + rng.random() * step))
    off = rng.choice(OFFSETS)
    zone = "%s%02d%02d" % ("+" if off >= 0 else "-", abs(off) // 60, abs(off) % 60)
    fm = ["---", "layout: post", "title: " + quote(title, rng), "date: %s %s" % (local.strftime("%Y-%m-%d %H:%M:%S"), zone)]
    tags = rng.sample(TAGS, rng.randint(1, 4))
    fm += ["tags: [%s]" % ", ".join(tags)] if rng.random() < 0.5 else ["tags:"] + ["  - " + t for t in tags]
    if rng.random() < 0.3:
        fm.append("categories: [%s]" % ", ".join(rng.sample(CATEGORIES, rng.randint(1, 2))))
    draft = rng.random() < 0.05
    if draft:
        fm.append("draft: true")
    if rng.random() < 0.4:
        fm.append("description: " + quote(Body(rng).sentence().replace("`", ""), rng))
    fm.append("---")
    name = "%s-%s-%d.md" % (local.strftime("%Y-%m-%d"), slugify(title), i)
    return name, "\n".join(fm) + "\n\n" + Body(rng).text(rng.randint(300, 1500)), draft


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of posts")
    ap.add_argument("outdir", help="output folder (posts go to OUTDIR/_posts)")
    ap.add_argument("--seed", default="42", help="seed (default 42)")
    args = ap.parse_args(argv)
    if args.n <= 0:
        ap.error("N must be positive")
    posts = os.path.join(args.outdir, "_posts")
    os.makedirs(posts, exist_ok=True)
    published, drafts, size = [], 0, 0
    for i in range(args.n):
        name, text, draft = post(args.seed, i, args.n)
        data = text.encode("utf-8")
        size += len(data)
        with open(os.path.join(posts, name), "wb") as f:
            f.write(data)
        if draft:
            drafts += 1
        else:
            published.append(name[:-3])
    with open(os.path.join(args.outdir, "corpus.json"), "w") as f:
        json.dump({"posts": args.n, "seed": args.seed, "drafts": drafts, "published": len(published),
                   "bytes": size, "generator": "bench/gen_corpus.py"}, f, indent=1)
        f.write("\n")
    with open(os.path.join(args.outdir, "published.txt"), "w") as f:
        f.write("\n".join(published) + "\n")
    print("wrote %d posts (%d drafts, %.1f MB) to %s" % (args.n, drafts, size / 1e6, posts), file=sys.stderr)


if __name__ == "__main__":
    main()

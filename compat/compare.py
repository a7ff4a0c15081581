#!/usr/bin/env python3
"""Compares the outputs of Jekyll and Colophon for the compatibility harness (standard library only).

Usage: compare.py [-v] [--threshold PCT] [--body-only] [--pages] OUT SITE...

For each SITE it reads OUT/SITE/jekyll/ and OUT/SITE/colophon/ (the two generated sites) and, when present,
OUT/SITE/{jekyll,colophon}.status (the builds' exit codes) and .log (their output). It prints one line per
site and a total, and exits 0 only when every site passes: the same set of files, every HTML page and text
file at least PCT % alike word for word (default 98), and every XML, CSS and binary file equal as described
in README.md. -v also prints, for each file that is not alike, where the words differ. --pages is the rule for
real sites (issue 16): a site passes when both builds succeed, no HTML page Jekyll writes is missing and every
HTML page is at least PCT % alike; other files are compared and printed, but do not fail it.
"""

import argparse
import datetime
import difflib
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HTML_EXT = {".html", ".htm", ".xhtml"}
XML_EXT = {".xml", ".atom", ".rss", ".xsl"}
CSS_EXT = {".css"}
TEXT_EXT = {".txt", ".json", ".js", ".md", ".markdown", ".csv", ".tsv", ".scss", ".sass", ".yml", ".yaml",
            ".webmanifest", ".htaccess", ""}

# Elements whose text a reader never sees.
HIDDEN = {"head", "script", "style", "template"}
# Elements that start a new line or box: text on either side of them is not one word.
BLOCK = {"address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div",
         "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
         "header", "hgroup", "hr", "html", "img", "input", "li", "main", "menu", "nav", "ol", "option", "p", "pre",
         "section", "select", "summary", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "ul"}


# ---------------------------------------------------------------------------------------------------------
# HTML: visible words, and a summary of the head (title, meta, link, JSON-LD)
# ---------------------------------------------------------------------------------------------------------

class PageText(HTMLParser):
    """Collects the visible text of a page and tokens describing its head."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = []          # stack of open hidden elements
        self.head = []            # head tokens
        self.in_title = False
        self.title = []
        self.in_ld = False
        self.ld = []
        self.links = []           # href of each link and src of each image in the body, in order

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "body":
            self.hidden = []  # a missing </head> must not hide the body
        if tag in ("meta", "link") or tag == "title" or (tag == "script" and "ld+json" in a.get("type", "")):
            self._head_tag(tag, a)
        if tag in HIDDEN:
            self.hidden.append(tag)
        if tag in BLOCK:
            self.parts.append(" ")
        if not self.hidden and ((tag == "a" and "href" in a) or (tag == "img" and "src" in a)):
            self.links.append(("" if tag == "a" else "img:") + a.get("href", a.get("src", "")).strip())
        if tag == "img" and not self.hidden and a.get("alt"):
            # alt text is what a reader without images sees; keep it as its own words
            self.parts.append(" " + a["alt"] + " ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in HIDDEN:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title" and self.in_title:
            self.in_title = False
            self.head.append("title=" + " ".join("".join(self.title).split()))
        if tag == "script" and self.in_ld:
            self.in_ld = False
            raw = "".join(self.ld)
            try:
                raw = json.dumps(json.loads(raw), sort_keys=True, ensure_ascii=False)
            except ValueError:
                raw = " ".join(raw.split())
            self.head.append("ld+json=" + raw)
        if tag in HIDDEN and tag in self.hidden:
            while self.hidden:
                if self.hidden.pop() == tag:
                    break
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif self.in_ld:
            self.ld.append(data)
        elif not self.hidden:
            self.parts.append(data)

    def _head_tag(self, tag, a):
        if tag == "title":
            if not self.hidden or self.hidden == ["head"]:
                self.in_title, self.title = True, []
        elif tag == "script":
            self.in_ld, self.ld = True, []
        elif tag == "meta":
            key = a.get("name") or a.get("property") or a.get("http-equiv") or a.get("itemprop")
            if key and key.lower() == "generator":
                return  # names the generator: differs by design
            if key:
                self.head.append("meta:%s=%s" % (key.lower(), " ".join(a.get("content", "").split())))
            elif "charset" in a:
                self.head.append("meta:charset=" + a["charset"].lower())
        elif tag == "link":
            rel = a.get("rel", "").lower()
            if rel in ("stylesheet", "preload", "preconnect", "dns-prefetch"):
                return  # asset wiring, not content
            self.head.append("link:%s=%s%s" % (rel, a.get("href", ""),
                                               (" type=" + a["type"]) if a.get("type") else ""))

    def words(self):
        return "".join(self.parts).split()


def parse_page(data):
    p = PageText()
    try:
        p.feed(data.decode("utf-8", "replace"))
        p.close()
    except Exception:  # html.parser is lenient; this is belt and braces
        pass
    return p


def html_words(data, body_only=False):
    p = parse_page(data)
    return p.words(), ([] if body_only else sorted(p.head))


# ---------------------------------------------------------------------------------------------------------
# XML: the set of entries (feeds), URLs (sitemaps), or leaf texts (anything else)
# ---------------------------------------------------------------------------------------------------------

def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def instant(text):
    """A date as an instant in UTC (so '+00:00' and 'Z' agree), or the text as written."""
    t = (text or "").strip()
    for parse in (lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00")),
                  lambda s: datetime.datetime.strptime(s, "%a, %d %b %Y %H:%M:%S %z")):
        try:
            d = parse(t)
            if d.tzinfo is None:
                d = d.replace(tzinfo=datetime.timezone.utc)
            return d.astimezone(datetime.timezone.utc).isoformat()
        except ValueError:
            continue
    return t


def text_of(e):
    """The text of an element as a reader sees it: an Atom type="html" construct is HTML, so unescaped."""
    if e is None:
        return ""
    t = "".join(e.itertext())
    if e.get("type") == "html":
        t = html.unescape(re.sub(r"<[^>]*>", "", t))
    return " ".join(t.split())


def child(e, name):
    for c in e:
        if local(c.tag) == name:
            return c
    return None


def xml_tokens(data):
    root = ET.fromstring(data)
    kind = local(root.tag)
    tokens = set()
    if kind == "feed":  # Atom
        tokens.add("feed-title=" + text_of(child(root, "title")))
        for entry in (c for c in root if local(c.tag) == "entry"):
            link = next((l.get("href", "") for l in entry if local(l.tag) == "link"
                         and l.get("rel", "alternate") == "alternate"), "")
            key = link or text_of(child(entry, "id"))
            tokens.add("entry-link=" + link)
            tokens.add("entry[%s]-title=%s" % (key, text_of(child(entry, "title"))))
            tokens.add("entry[%s]-id=%s" % (key, text_of(child(entry, "id"))))
            tokens.add("entry[%s]-published=%s" % (key, instant(text_of(child(entry, "published")))))
            for cat in (c for c in entry if local(c.tag) == "category"):
                tokens.add("entry[%s]-category=%s" % (key, cat.get("term", "")))
    elif kind == "rss":
        channel = child(root, "channel")
        if channel is not None:
            tokens.add("channel-title=" + text_of(child(channel, "title")))
            for item in (c for c in channel if local(c.tag) == "item"):
                link = text_of(child(item, "link"))
                tokens.add("item-link=" + link)
                tokens.add("item[%s]-title=%s" % (link, text_of(child(item, "title"))))
                tokens.add("item[%s]-pubDate=%s" % (link, instant(text_of(child(item, "pubDate")))))
    elif kind in ("urlset", "sitemapindex"):
        for url in root:
            loc = text_of(child(url, "loc"))
            tokens.add("loc=" + loc)
            lastmod = child(url, "lastmod")
            if lastmod is not None:
                tokens.add("loc[%s]-lastmod=%s" % (loc, instant(text_of(lastmod))))
    else:
        for e in root.iter():
            t = " ".join((e.text or "").split())
            if t:
                tokens.add("%s=%s" % (local(e.tag), t))
            for attr in ("href", "src"):
                if e.get(attr):
                    tokens.add("%s@%s=%s" % (local(e.tag), attr, e.get(attr)))
    return tokens


# ---------------------------------------------------------------------------------------------------------
# CSS: whitespace and comments do not count
# ---------------------------------------------------------------------------------------------------------

# Colour names compilers may write as hex (Dart Sass does when compressing), and the reverse.
NAMED_COLOURS = {
    "black": "#000", "white": "#fff", "red": "#f00", "lime": "#0f0", "blue": "#00f", "yellow": "#ff0",
    "aqua": "#0ff", "fuchsia": "#f0f", "silver": "#c0c0c0", "gray": "#808080", "grey": "#808080",
    "maroon": "#800000", "olive": "#808000", "green": "#008000", "purple": "#800080", "teal": "#008080",
    "navy": "#000080", "orange": "#ffa500",
}


def hex_colour(r, g, b):
    h = "#%02x%02x%02x" % (r, g, b)
    return "#" + h[1] + h[3] + h[5] if h[1] == h[2] and h[3] == h[4] and h[5] == h[6] else h


def norm_value(m):
    """One colour as a browser paints it: 8-bit channels, shortest hex."""
    token = m.group(0)
    if token.startswith("rgb("):
        parts = [float(x) for x in token[4:-1].split(",")]
        return hex_colour(*(max(0, min(255, int(p + 0.5))) for p in parts))
    if token.startswith("#"):
        h = token.lower()
        if len(h) == 7:
            return hex_colour(int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16))
        return h
    return NAMED_COLOURS.get(token.lower(), token)


COLOUR = re.compile(r"rgb\(\s*[0-9.]+\s*,\s*[0-9.]+\s*,\s*[0-9.]+\s*\)|#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|"
                    r"(?<=[:\s,])(?:" + "|".join(NAMED_COLOURS) + r")(?=[;}\s,!])")


def norm_calc(m):
    """calc() without grouping parentheses: libsass keeps `(30px * 2)`, Dart Sass drops the redundant ones."""
    inner = m.group(1)
    return "calc(" + inner.replace("(", "").replace(")", "") + ")"


def norm_css(data):
    """CSS rules as a browser reads them: whitespace, comments (the source map link too), colour spelling,
    grouping parentheses in calc() and quotes around identifiers in attribute selectors do not count."""
    s = data.decode("utf-8", "replace").lstrip("\ufeff")
    s = re.sub(r"/\*.*?\*/", "", s, flags=re.S)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\s*([{}:;,>~])\s*", r"\1", s)
    s = s.replace(";}", "}").strip()
    s = COLOUR.sub(norm_value, s)
    s = re.sub(r"calc\(((?:[^()]|\([^()]*\))*)\)", norm_calc, s)
    s = re.sub(r"\[([\w-]+)([~|^$*]?=)\"([A-Za-z_][\w-]*)\"\]", r"[\1\2\3]", s)
    return [r + "}" for r in s.split("}") if r.strip()]


# ---------------------------------------------------------------------------------------------------------
# Comparing
# ---------------------------------------------------------------------------------------------------------

def matching(a, b):
    """Matched items of two sequences (difflib, no junk heuristics) and the opcodes."""
    if a == b:
        return len(a), []
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in sm.get_matching_blocks()), sm.get_opcodes()


def pct(matched, total):
    return 100.0 if total == 0 else 200.0 * matched / total


class FileResult:
    def __init__(self, path, kind, score, strict, words, detail, links=None, link_detail=()):
        self.path, self.kind, self.score, self.strict = path, kind, score, strict
        self.links = links            # (matched, total) of link targets, for the informational links=%
        self.link_detail = list(link_detail)
        self.words = words            # (matched, total) for the site's word-weighted average, or None
        self.detail = detail          # lines for -v

    def passes(self, threshold):
        return self.score >= (100.0 if self.strict else threshold)


def word_diff(a, b, ops, label, limit=12, unit="word"):
    lines, shown = [], 0
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        shown += 1
        if shown > limit:
            lines.append("      ... (%d more differences)" % (sum(1 for o in ops if o[0] != "equal") - limit))
            break
        before = " ".join(a[max(0, i1 - 4):i1])
        lines.append("      %sat %s %d, after \u00ab%s\u00bb:" % (label, unit, i1 + 1, before[-60:]))
        if i2 > i1:
            lines.append("        - jekyll:   " + clip(" ".join(a[i1:i2])))
        if j2 > j1:
            lines.append("        + colophon: " + clip(" ".join(b[j1:j2])))
    return lines


def clip(s, n=300):
    return s if len(s) <= n else s[:n] + " \u2026(%d chars)" % len(s)


def compare_file(path, ja, co, body_only):
    ext = os.path.splitext(path)[1].lower()
    if os.path.basename(path) == ".htaccess":
        ext = ""
    if ja == co:
        kind = "html" if ext in HTML_EXT else "file"
        words = links = None
        if ext in HTML_EXT:
            p = parse_page(ja)
            n = len(p.words()) + (0 if body_only else len(p.head))
            words, links = (n, n), (len(p.links), len(p.links))
        return FileResult(path, kind, 100.0, False, words, [], links)
    if ext in HTML_EXT:
        pa, pb = parse_page(ja), parse_page(co)
        wa, wb = pa.words(), pb.words()
        ha, hb = ([], []) if body_only else (sorted(pa.head), sorted(pb.head))
        mw, opw = matching(wa, wb)
        mh, oph = matching(ha, hb)
        ml, opl = matching(pa.links, pb.links)
        total = len(wa) + len(wb) + len(ha) + len(hb)
        detail = word_diff(wa, wb, opw, "") + word_diff(ha, hb, oph, "<head> ")
        return FileResult(path, "html", pct(mw + mh, total), False, (mw + mh, total / 2), detail,
                          (ml, (len(pa.links) + len(pb.links)) / 2), word_diff(pa.links, pb.links, opl, "", unit="link"))
    if ext in XML_EXT:
        try:
            ta, tb = xml_tokens(ja), xml_tokens(co)
        except ET.ParseError as e:
            return FileResult(path, "xml", 0.0, True, None, ["      not well-formed XML: %s" % e])
        union = ta | tb
        score = 100.0 * len(ta & tb) / len(union) if union else 100.0
        detail = ["        - jekyll only:   " + clip(t) for t in sorted(ta - tb)][:20] + \
                 ["        + colophon only: " + clip(t) for t in sorted(tb - ta)][:20]
        return FileResult(path, "xml", score, True, None, detail)
    if ext in CSS_EXT:
        ra, rb = norm_css(ja), norm_css(co)
        m, ops = matching(ra, rb)
        detail = []
        for tag, i1, i2, j1, j2 in [o for o in ops if o[0] != "equal"][:10]:
            if i2 > i1:
                detail.append("        - jekyll:   " + clip(" ".join(ra[i1:i2]), 400))
            if j2 > j1:
                detail.append("        + colophon: " + clip(" ".join(rb[j1:j2]), 400))
        return FileResult(path, "css", pct(m, len(ra) + len(rb)), True, None, detail)
    if ext == ".map":
        # Source maps: the mappings depend on the Sass compiler, so only what they map is compared.
        try:
            ma, mb = json.loads(ja), json.loads(co)
            # Sources by file name: libsass names the page itself without its folder (style.scss),
            # Dart Sass-based converters with it (assets/css/style.scss).
            ka = (ma.get("version"), ma.get("file"), sorted(os.path.basename(x) for x in ma.get("sources", [])))
            kb = (mb.get("version"), mb.get("file"), sorted(os.path.basename(x) for x in mb.get("sources", [])))
        except (ValueError, AttributeError) as e:
            return FileResult(path, "map", 0.0, True, None, ["      not a source map: %s" % e])
        return FileResult(path, "map", 100.0 if ka == kb else 0.0, True, None,
                          [] if ka == kb else ["        - jekyll:   %s" % (ka,), "        + colophon: %s" % (kb,)])
    if ext in TEXT_EXT:
        try:
            ta, tb = ja.decode("utf-8"), co.decode("utf-8")
        except UnicodeDecodeError:
            return FileResult(path, "file", 0.0, True, None, ["      bytes differ"])
        if ext == ".json":
            try:
                if json.loads(ta) == json.loads(tb):
                    return FileResult(path, "text", 100.0, False, None, [])
            except ValueError:
                pass
        wa, wb = ta.split(), tb.split()
        m, ops = matching(wa, wb)
        return FileResult(path, "text", pct(m, len(wa) + len(wb)), False, None, word_diff(wa, wb, ops, ""))
    return FileResult(path, "file", 0.0, True, None,
                      ["      bytes differ (%d bytes from jekyll, %d from colophon)" % (len(ja), len(co))])


def list_files(root):
    out = set()
    if not os.path.isdir(root):
        return out
    for dirpath, _, files in os.walk(root):
        for f in files:
            full = os.path.join(dirpath, f)
            if os.path.isfile(full):
                out.add(os.path.relpath(full, root).replace(os.sep, "/"))
    return out


def read(path):
    with open(path, "rb") as f:
        return f.read()


def build_status(site_dir, engine):
    """(exit code or None, the log's lines) of one engine's build."""
    code = None
    try:
        code = int(read(os.path.join(site_dir, engine + ".status")).decode().strip())
    except (OSError, ValueError):
        pass
    try:
        log = read(os.path.join(site_dir, engine + ".log")).decode("utf-8", "replace")
        log = re.sub(r"\x1b\[[0-9;]*m", "", log).splitlines()
    except OSError:
        log = []
    return code, log


def short_list(items, verbose, n=6):
    items = sorted(items)
    if verbose or len(items) <= n:
        return "[" + ", ".join(items) + "]"
    return "[" + ", ".join(items[:n]) + ", +%d more]" % (len(items) - n)


def is_page(path):
    return path.endswith((".html", ".htm"))


def compare_site(out, site, threshold, verbose, body_only, pages=False):
    site_dir = os.path.join(out, site)
    jroot, croot = os.path.join(site_dir, "jekyll"), os.path.join(site_dir, "colophon")
    jfiles, cfiles = list_files(jroot), list_files(croot)
    missing, extra = jfiles - cfiles, cfiles - jfiles
    results = [compare_file(p, read(os.path.join(jroot, p)), read(os.path.join(croot, p)), body_only)
               for p in sorted(jfiles & cfiles)]

    matched = sum(r.words[0] for r in results if r.words)
    total = sum(r.words[1] for r in results if r.words)
    text = 100.0 * matched / total if total else 100.0
    lmatched = sum(r.links[0] for r in results if r.links)
    ltotal = sum(r.links[1] for r in results if r.links)
    worst = min(results, key=lambda r: r.score, default=None)
    failing = [r for r in results if not r.passes(threshold)]
    differ = [r.path for r in failing if r.kind != "html"]

    jcode, jlog = build_status(site_dir, "jekyll")
    ccode, clog = build_status(site_dir, "colophon")
    ok = jcode in (0, None) and ccode in (0, None) and not missing and not extra and not failing and jfiles
    if pages:
        jpages = [p for p in jfiles if is_page(p)]
        low = [r for r in failing if r.kind == "html"]
        lost = [p for p in missing if is_page(p)]
        ok = jcode in (0, None) and ccode in (0, None) and not lost and not low and bool(jfiles)

    line = "%s: files jekyll=%d colophon=%d missing=%s extra=%s text=%s" % (
        site, len(jfiles), len(cfiles), short_list(missing, verbose), short_list(extra, verbose),
        "%.1f%%" % text if total else "n/a")
    if worst is not None and worst.score < 100.0:
        line += " (worst: %s %.1f%%)" % (worst.path, worst.score)
    if ltotal:
        line += " links=%.1f%%" % (100.0 * lmatched / ltotal)
    if differ:
        line += " differ=%s" % short_list(differ, verbose)
    if pages:
        line += " pages: missing=%d low=%d of %d" % (len(lost), len(low), len(jpages))
    line += " PASS" if ok else " FAIL"
    print(line)

    for engine, code, log in (("jekyll", jcode, jlog), ("colophon", ccode, clog)):
        if code not in (0, None):
            lines = [l for l in log if l.strip() and not l.startswith("colophon: building")]
            errors = [l for l in lines if re.search(r"error|exception|fail", l, re.I)] or lines
            shown = errors if verbose else errors[:4]
            print("  %s build failed (exit %d):" % (engine, code))
            for l in shown:
                print("    " + clip(l.strip(), 400))
            if len(errors) > len(shown):
                print("    ... (%d more lines in %s)" % (len(errors) - len(shown),
                                                          os.path.join(site_dir, engine + ".log")))
    if verbose:
        for r in results:
            bad_links = r.links and r.links[0] != r.links[1]
            if r in failing:
                print("  %s %.1f%% (%s)" % (r.path, r.score, r.kind))
                for d in r.detail:
                    print(d)
            elif bad_links:
                print("  %s: text alike (%.1f%%), links differ" % (r.path, r.score))
            if bad_links:
                for d in r.link_detail:
                    print(d)
    return ok


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print where the words differ")
    ap.add_argument("--threshold", type=float, default=98.0, help="percent of identical words a page needs")
    ap.add_argument("--body-only", action="store_true", help="leave the <head> summary out of the comparison")
    ap.add_argument("--pages", action="store_true",
                    help="pass on HTML pages only: none missing, each at least PCT %% alike (real sites)")
    ap.add_argument("out", help="folder holding SITE/jekyll and SITE/colophon")
    ap.add_argument("sites", nargs="+")
    args = ap.parse_args(argv)
    passed = 0
    for site in args.sites:
        if compare_site(args.out, site, args.threshold, args.verbose, args.body_only, args.pages):
            passed += 1
    n = len(args.sites)
    print("total: %d sites, %d pass, %d fail" % (n, passed, n - passed))
    return 0 if passed == n else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

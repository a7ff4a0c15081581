#!/usr/bin/env python3
"""Generates differential test cases for Colophon's Liquid engine against Ruby Liquid.

Deterministic: the same seed gives the same cases. Prints a JSON list of
{"id", "template", "data"} to stdout; oracle.rb adds Ruby Liquid's output.

    python3 generate.py --seed 20240501 > cases-in.json
"""
import argparse
import json
import random

# Values a filter's input or argument may be, as data (so arrays, hashes and unicode can be passed).
SCALARS = [
    None, True, False,
    0, 1, -1, 7, -13, 42, 2 ** 31, -(2 ** 31) - 5, 10 ** 20, -(10 ** 20),
    0.0, -0.0, 0.1, 1.5, -2.5, 2.675, 1e20, 1e-5, 3.14159, 100.0, -0.5,
    "", " ", "0", "1", "-3", "3.7", "-0.25", "1e3", " 12 ", "12abc", "0x1A",
    "abc", "Hello World", "hello, world", "  padded \t ", "a,b,c", "a b  c",
    "é", "Ünïcödé", "日本語テキスト", "😀 emoji 👍🏽!", "ﬁ ß İ",
    "<p>Hi &amp; bye</p>", "a&b<c>\"'", "&lt;&#39;&#x27;&bogus", "<script>x</script>ok<!-- c -->",
    "line1\nline2\r\nline3", "tab\there", "foo bar baz qux quux corge",
    "%20+%zz", "a b&c=d/é", "aGVsbG8=", "_-8", "2020-01-02",
]
ARRAYS = [
    [], [1, 2, 3], [3, 1, 2, 10], ["b", "a", "C", "a"], [1, "a", None, True, 2.5],
    [[1, 2], [3, [4, 5]]], ["é", "e", "z", "É", "10", "9"], [None, None], [1.5, -2, "3", 0],
    [{"a": 1, "b": "x"}, {"a": 2}, {"a": None, "b": "y"}, {"a": 1, "b": "z"}],
    [{"title": "B", "tags": ["x"]}, {"title": "a", "tags": []}, "str"],
    [True, False, None, "false"],
]
HASHES = [
    {}, {"a": 1, "b": "two"}, {"title": "T", "tags": ["x", "y"], "n": None},
    {"nested": {"k": [1, {"z": "é"}]}, "f": 1.5},
]
VALUES = SCALARS + ARRAYS + HASHES

# Liquid literals an argument may be written as.
LITERALS = [
    "nil", "true", "false", "0", "1", "-1", "2", "3", "-7", "10", "100", "1.5", "-0.5", "0.1",
    "''", "' '", "'a'", "'b'", "'abc'", "','", "', '", "'é'", "'😀'", "'...'", "'-'", "'title'",
    "'tags'", "'missing'", "\"it's\"", "'1'", "'2.5'", "'x'", "(1..3)", "empty", "blank",
]
PROPS = ["'a'", "'b'", "'title'", "'tags'", "'missing'", "'size'", "'first'", "nil", "1"]

# Ruby Liquid 5.4's filters and how many positional arguments each takes (min, max).
# sum, has, find, find_index, reject and squish came after 5.4: Ruby 5.4 has no oracle for them.
FILTERS = {
    "size": (0, 0), "downcase": (0, 0), "upcase": (0, 0), "capitalize": (0, 0),
    "escape": (0, 0), "h": (0, 0), "escape_once": (0, 0), "url_encode": (0, 0),
    "url_decode": (0, 0), "base64_encode": (0, 0), "base64_decode": (0, 0),
    "base64_url_safe_encode": (0, 0), "base64_url_safe_decode": (0, 0),
    "slice": (1, 2), "truncate": (0, 2), "truncatewords": (0, 2), "split": (1, 1),
    "strip": (0, 0), "lstrip": (0, 0), "rstrip": (0, 0), "strip_html": (0, 0),
    "strip_newlines": (0, 0), "join": (0, 1), "sort": (0, 1), "sort_natural": (0, 1),
    "where": (1, 2), "uniq": (0, 1), "reverse": (0, 0), "map": (1, 1), "compact": (0, 1),
    "replace": (1, 2), "replace_first": (1, 2), "replace_last": (2, 2), "remove": (1, 1),
    "remove_first": (1, 1), "remove_last": (1, 1), "append": (1, 1), "concat": (1, 1),
    "prepend": (1, 1), "newline_to_br": (0, 0), "first": (0, 0), "last": (0, 0),
    "abs": (0, 0), "plus": (1, 1), "minus": (1, 1), "times": (1, 1), "divided_by": (1, 1),
    "modulo": (1, 1), "round": (0, 1), "ceil": (0, 0), "floor": (0, 0),
    "at_least": (1, 1), "at_most": (1, 1), "default": (0, 1), "date": (1, 1),
}
PROPERTY_FILTERS = {"sort", "sort_natural", "where", "uniq", "map", "compact"}

# The date filter on fixed instants only: Ruby's Time.parse fills a partial date from the clock.
DATE_INPUTS = [0, 1700000000, -86400, "1700000000", "2020-01-02", "2020-01-02 03:04:05",
               "2021-12-31T23:59:59Z", "2016-03-14T10:00:00+05:30", "March 14, 2016", "", None,
               "not a date", 1.5e9]
DATE_FORMATS = ["'%Y-%m-%d'", "'%a %b %e %H:%M:%S %Y'", "'%s'", "'%j %U %W %u %w'", "'%-d/%-m/%y %l%P'",
                "'%B %d, %Y %I:%M %p %Z %z'", "'%%'", "''", "nil", "'%c'", "'%D %F %T %R'", "'%^a %10A|%-5d|%_3H'"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.cases = []
        self.counts = {}

    def add(self, prefix, template, data):
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        self.cases.append({"id": "%s-%04d" % (prefix, self.counts[prefix]), "template": template, "data": data})

    def pick(self, seq):
        return self.r.choice(seq)

    # ---- filters ----
    def arg(self, data, prefer_prop=False):
        """An argument: a literal, or a variable holding any value."""
        if prefer_prop and self.r.random() < 0.7:
            return self.pick(PROPS)
        if self.r.random() < 0.5:
            return self.pick(LITERALS)
        name = "a%d" % len([k for k in data if k.startswith("a")])
        data[name] = self.pick(VALUES)
        return name

    def filter_call(self, name, data):
        lo, hi = FILTERS[name]
        if name == "date":
            return "date: " + self.pick(DATE_FORMATS)
        count = self.r.randint(lo, hi)
        if self.r.random() < 0.04:  # the wrong number of arguments
            count = hi + 1 if self.r.random() < 0.6 or lo == 0 else lo - 1
        args = [self.arg(data, name in PROPERTY_FILTERS and i == 0) for i in range(count)]
        if name == "default" and self.r.random() < 0.3:
            args.append("allow_false: " + self.pick(["true", "false", "nil"]))
        if name == "truncate" and count == 0 and self.r.random() < 0.3:
            args = [self.pick(["3", "5", "0", "-1"])]
        return name + (": " + ", ".join(args) if args else "")

    def filters(self, n):
        names = sorted(FILTERS)
        for i in range(n):
            data = {}
            first = names[i % len(names)]  # every filter gets its turn first
            if first == "date":
                data["x"] = self.pick(DATE_INPUTS)
            else:
                data["x"] = self.pick(VALUES)
            source = "x"
            if self.r.random() < 0.1 and not isinstance(data["x"], (list, dict)):
                source = self.pick(LITERALS)
                del data["x"]
            chain = [self.filter_call(first, data)]
            for _ in range(self.r.choice([0, 0, 1, 2])):
                chain.append(self.filter_call(self.pick([f for f in names if f != "date"]), data))
            self.add("filter", "{{ %s | %s }}" % (source, " | ".join(chain)), data)

    # ---- blocks ----
    BLOCK_DATA = {
        "n": 3, "zero": 0, "neg": -2, "fl": 2.5, "s": "abc", "u": "é😀", "e": "", "sp": "  ", "z": None,
        "t": True, "f": False, "arr": [1, 2, 3, 4, 5], "words": ["x", "y", "z"], "empty_arr": [],
        "mixed": [1, "1", None, 2.0, True], "h": {"a": 1, "b": [2, 3]}, "eh": {},
        "items": [{"name": "A", "price": 10, "tags": ["red"]}, {"name": "b", "price": 5.5, "tags": []},
                  {"name": "C", "price": None}],
        "nested": [[1, 2], [3], []], "num_s": "10", "fl_s": "2.5",
    }
    OPERANDS = ["n", "zero", "neg", "fl", "s", "u", "e", "sp", "z", "t", "f", "arr", "words", "empty_arr",
                "mixed", "h", "eh", "items", "nested", "num_s", "fl_s", "missing", "arr.size", "arr.first",
                "h.a", "items[0].name", "s.size", "words.last", "1", "0", "-1", "2.5", "3", "'abc'", "'a'", "''",
                "'10'", "nil", "null", "true", "false", "empty", "blank", "(1..3)", "'é'"]
    OPS = ["==", "!=", "<>", "<", ">", "<=", ">=", "contains"]
    ITERABLES = ["arr", "words", "empty_arr", "mixed", "h", "eh", "items", "nested", "s", "z", "n", "(1..n)",
                 "(neg..2)", "(2..1)", "(1..3)", "items[0].tags", "missing", "(fl..4)"]

    def condition(self):
        parts = []
        for _ in range(self.r.choice([1, 1, 1, 2, 2, 3])):
            if self.r.random() < 0.25:
                parts.append(self.pick(self.OPERANDS))
            else:
                parts.append("%s %s %s" % (self.pick(self.OPERANDS), self.pick(self.OPS), self.pick(self.OPERANDS)))
        out = parts[0]
        for p in parts[1:]:
            out += " %s %s" % (self.pick(["and", "or"]), p)
        return out

    def output(self, loop_vars):
        names = loop_vars + ["n", "s", "u", "fl", "z", "t", "arr", "h", "e", "counter", "cap", "missing"]
        expr = self.pick(names)
        if self.r.random() < 0.3:
            expr += " | " + self.pick(["size", "upcase", "plus: 1", "append: '!'", "join: '-'", "first",
                                       "default: 'd'", "json_missing_filter", "times: 2"])
        return "{{ %s }}" % expr

    def text(self):
        return self.pick(["a", "b ", " c", "\n", "-", "é", "😀", " ", "x\n", ""])

    def body(self, depth, loop_vars, in_loop):
        parts = []
        for _ in range(self.r.randint(1, 3)):
            parts.append(self.node(depth, loop_vars, in_loop))
        return "".join(parts)

    def node(self, depth, loop_vars, in_loop):
        r = self.r.random()
        if depth <= 0 or r < 0.3:
            return self.pick([self.text, lambda: self.output(loop_vars)])()
        kind = self.pick(["if", "if", "unless", "case", "for", "for", "assign", "capture", "counter", "cycle",
                          "tablerow", "interrupt", "ifchanged", "liquid", "echo", "comment"])
        d, lv = depth - 1, loop_vars
        if kind == "if":
            s = "{%% if %s %%}%s" % (self.condition(), self.body(d, lv, in_loop))
            for _ in range(self.r.choice([0, 0, 1, 2])):
                s += "{%% elsif %s %%}%s" % (self.condition(), self.body(d, lv, in_loop))
            if self.r.random() < 0.5:
                s += "{%% else %%}%s" % self.body(d, lv, in_loop)
            return s + "{% endif %}"
        if kind == "unless":
            s = "{%% unless %s %%}%s" % (self.condition(), self.body(d, lv, in_loop))
            if self.r.random() < 0.4:
                s += "{%% else %%}%s" % self.body(d, lv, in_loop)
            return s + "{% endunless %}"
        if kind == "case":
            s = "{%% case %s %%}" % self.pick(self.OPERANDS)
            for _ in range(self.r.randint(1, 3)):
                vals = [self.pick(self.OPERANDS) for _ in range(self.r.choice([1, 1, 2]))]
                s += "{%% when %s %%}%s" % (self.pick([", ", " or "]).join(vals), self.body(d, lv, in_loop))
            if self.r.random() < 0.5:
                s += "{%% else %%}%s" % self.body(d, lv, in_loop)
            return s + "{% endcase %}"
        if kind == "for":
            var = self.pick(["i", "item", "j"])
            params = ""
            if self.r.random() < 0.3:
                params += " limit:" + self.pick(["2", "0", "n", "-1", "'2'", "fl"])
            if self.r.random() < 0.3:
                params += " offset:" + self.pick(["1", "0", "n", "10", "continue"])
            if self.r.random() < 0.3:
                params += " reversed"
            inner = self.body(d, lv + [var, "forloop.index", "forloop.index0", "forloop.rindex", "forloop.first",
                                       "forloop.last", "forloop.length", "forloop.parentloop.index", "forloop"],
                              True)
            s = "{%% for %s in %s%s %%}%s" % (var, self.pick(self.ITERABLES), params, inner)
            if self.r.random() < 0.3:
                s += "{%% else %%}%s" % self.body(d, lv, in_loop)
            return s + "{% endfor %}"
        if kind == "assign":
            return "{%% assign %s = %s %%}" % (self.pick(["x", "n", "s", "counter"]), self.pick(
                self.OPERANDS + ["arr | join: ','", "s | append: u", "n | plus: 1", "words | reverse", "h.b"]))
        if kind == "capture":
            return "{%% capture cap %%}%s{%% endcapture %%}" % self.body(d, lv, in_loop)
        if kind == "counter":
            return "{%% %s %s %%}" % (self.pick(["increment", "decrement"]), self.pick(["counter", "n", "c2"]))
        if kind == "cycle":
            group = self.pick(["", "'g': ", "g2: ", "n: "])
            return "{%% cycle %s%s %%}" % (group, ", ".join(self.pick(["'a'", "'b'", "1", "n", "nil", "s"])
                                                             for _ in range(self.r.randint(1, 3))))
        if kind == "tablerow":
            params = ""
            for p, vals in [("cols", ["2", "1", "n", "0"]), ("limit", ["2", "3"]), ("offset", ["1", "0"])]:
                if self.r.random() < 0.35:
                    params += " %s:%s" % (p, self.pick(vals))
            inner = self.body(d, lv + ["cell", "tablerowloop.col", "tablerowloop.row", "tablerowloop.col_first",
                                       "tablerowloop.col_last", "tablerowloop.index"], True)
            return "{%% tablerow cell in %s%s %%}%s{%% endtablerow %%}" % (self.pick(self.ITERABLES), params, inner)
        if kind == "interrupt":
            word = self.pick(["break", "continue"])
            if self.r.random() < 0.6:
                return "{%% if %s %%}{%% %s %%}{%% endif %%}" % (self.condition(), word)
            return "{%% %s %%}" % word
        if kind == "ifchanged":
            return "{%% ifchanged %%}%s{%% endifchanged %%}" % self.output(lv)
        if kind == "liquid":
            return "{%% liquid\n  assign x = %s\n  if x\n    echo x | size\n  else\n    echo 'no'\n  endif\n%%}" % (
                self.pick(self.OPERANDS))
        if kind == "echo":
            return "{%% echo %s %%}" % self.pick(self.OPERANDS)
        return "{%% comment %%}%s{%% endcomment %%}" % self.body(d, lv, in_loop)

    def blocks(self, n):
        for _ in range(n):
            self.add("block", self.body(self.r.randint(1, 4), [], False), dict(self.BLOCK_DATA))

    def conditions(self, n):
        """One comparison chain, shown both ways, so each outcome can be checked alone."""
        for _ in range(n):
            self.add("cond", "{%% if %s %%}T{%% else %%}F{%% endif %%}" % self.condition(), dict(self.BLOCK_DATA))

    # ---- whitespace control ----
    def ws_text(self):
        return "".join(self.pick([" ", "\t", "\n", "\r\n", "x", "  ", "\n\n", "é"]) for _ in range(self.r.randint(0, 4)))

    def ws_tag(self, inner, output=False):
        left, right = ("{{", "}}") if output else ("{%", "%}")
        if self.r.random() < 0.5:
            left += "-"
        if self.r.random() < 0.5:
            right = "-" + right
        return "%s %s %s" % (left, inner, right)

    def whitespace(self, n):
        for _ in range(n):
            out = self.ws_text()
            for _ in range(self.r.randint(1, 4)):
                kind = self.pick(["output", "if", "for", "assign", "capture", "blank_if", "blank_for", "comment",
                                  "raw", "unless", "case", "tablerow"])
                if kind == "output":
                    out += self.ws_tag(self.pick(["s", "n", "z", "e", "'lit'"]), output=True)
                elif kind == "assign":
                    out += self.ws_tag("assign v = 'q'")
                elif kind in ("if", "blank_if", "unless"):
                    head = "unless" if kind == "unless" else "if"
                    out += self.ws_tag("%s %s" % (head, self.pick(["t", "f", "n > 1", "z"])))
                    out += self.ws_text() if kind == "blank_if" else self.ws_text() + "Y" + self.ws_text()
                    if self.r.random() < 0.5:
                        out += self.ws_tag("else") + self.ws_text() + self.pick(["N", ""]) + self.ws_text()
                    out += self.ws_tag("end" + head)
                elif kind in ("for", "blank_for"):
                    out += self.ws_tag("for w in words")
                    out += self.ws_text() + ("" if kind == "blank_for" else self.ws_tag("w", output=True)) + self.ws_text()
                    out += self.ws_tag("endfor")
                elif kind == "capture":
                    out += self.ws_tag("capture c") + self.ws_text() + "c" + self.ws_text() + self.ws_tag("endcapture")
                    out += self.ws_text() + self.ws_tag("c", output=True)
                elif kind == "comment":
                    out += self.ws_tag("comment") + self.ws_text() + "hidden" + self.ws_tag("endcomment")
                elif kind == "raw":
                    out += self.ws_tag("raw") + self.ws_text() + "{{ r }}" + self.ws_text() + self.ws_tag("endraw")
                elif kind == "case":
                    out += self.ws_tag("case n") + self.ws_text() + self.ws_tag("when 3") + self.ws_text() + "three"
                    out += self.ws_text() + self.ws_tag("endcase")
                else:
                    out += self.ws_tag("tablerow w in words cols:2") + self.ws_text() + self.ws_tag("w", output=True)
                    out += self.ws_tag("endtablerow")
                out += self.ws_text()
            self.add("ws", out, dict(self.BLOCK_DATA))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--seed", type=int, default=20240501)
    p.add_argument("--filters", type=int, default=2200)
    p.add_argument("--blocks", type=int, default=700)
    p.add_argument("--conditions", type=int, default=400)
    p.add_argument("--whitespace", type=int, default=400)
    a = p.parse_args()
    g = Gen(a.seed)
    g.filters(a.filters)
    g.blocks(a.blocks)
    g.conditions(a.conditions)
    g.whitespace(a.whitespace)
    json.dump(g.cases, __import__("sys").stdout, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()

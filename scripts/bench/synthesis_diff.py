#!/usr/bin/env python3
"""The theme and sub-theme sentences of one Markdown report (`report --format md`) that another
lacks, each with the arguments it cites: what a change to the synthesis checks did.

    synthesis_diff.py BEFORE/rapport.md AFTER/rapport.md
"""
import re, sys
def parse(path):
    text = open(path).read()
    args = dict(re.findall(r'<a id="arg-(q\d+-a\d+)"></a>\*\*\[[^\]]+\]\*\* \([^)]*\) (.*?) — «', text))
    sections, current = {}, None
    body = text.split("### Arguments")[0]
    for line in body.split("\n"):
        m = re.match(r"^#{3,4} (?:Thème|Sous-thème) : (.*)", line)
        if m: current = m.group(1); sections[current] = []; continue
        if current and "[\\[q" in line and not line.startswith("*"):
            parts = re.split(r"((?: ?\[\\\[q\d+-a\d+\\\]\]\(#arg-q\d+-a\d+\))+)", line)
            for i in range(0, len(parts) - 1, 2):
                sent = parts[i].strip(); cites = re.findall(r"#arg-(q\d+-a\d+)", parts[i + 1])
                if sent: sections[current].append((sent, cites))
    return sections, args
b, _ = parse(sys.argv[1]); a, args = parse(sys.argv[2])
bs = {(s, tuple(c)) for sec in b.values() for s, c in sec}
for name, sents in a.items():
    for s, c in sents:
        if (s, tuple(c)) not in bs:
            print(f"[{name}] {s}")
            for x in c: print(f"    {x}: {args.get(x, '?')[:160]}")

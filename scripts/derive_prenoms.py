#!/usr/bin/env python3
"""Derive the extended first-name list the name detector reads at run time.

Input: nam_dict.txt from the gender-guesser wheel (Jörg Michael's list of ~48,000 first names from
~55 countries, with a frequency per country; GNU Free Documentation License 1.2 or later) and word
lists, one word a line (/usr/share/dict/french from Debian's wfrench, the first one, required;
/usr/share/dict/american-english from wamerican: answers quote English words and product names).
Only their lowercase entries count: common words, not proper nouns. Output, in OUT_DIR:

  prenoms.txt          folded first names that are none of these words
  prenoms-ambigus.txt  folded first names that are also words (« rose », « pierre », « grace »,
                       « will »): the detector takes them only capitalised after a cue, a role or
                       beside another name

Names are folded as the detector folds them (lower case, no diacritics). A name written with '+'
(Arabic, Chinese and Korean compounds) gives its joined and hyphenated forms. Names whose highest
frequency in every country is below --min-frequency (1 = rare … 13 = extremely common) are left out.
The derived files are GFDL like their source; they are written at setup and never committed.

Usage: derive_prenoms.py NAM_DICT FRENCH_WORDS [OTHER_WORDS...] OUT_DIR [--min-frequency N]
"""

import argparse
import os
import sys
import tempfile
import unicodedata


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def is_word(folded: str) -> bool:
    """Letters and inner hyphens only, as the detector's tokens are."""
    parts = folded.split("-")
    return all(part and all(c.isalpha() for c in part) for part in parts)


def read_names(path: str, min_frequency: int) -> dict[str, int]:
    names: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line or line[0] in "#=" or len(line) < 31:
                continue
            # A '+' in column 30 marks a duplicate sorted with expanded umlauts.
            if line[29] == "+":
                continue
            name = line[3:29].strip()
            frequencies = [int(c, 16) for c in line[30:] if c in "0123456789ABCDabcd"]
            frequency = max(frequencies, default=0)
            if frequency < min_frequency:
                continue
            forms = [name.replace("+", ""), name.replace("+", "-")] if "+" in name else [name]
            for form in forms:
                folded = fold(form)
                if len(folded) >= 2 and is_word(folded):
                    names[folded] = max(names.get(folded, 0), frequency)
    return names


def read_words(path: str) -> set[str]:
    """Lowercase entries only: common words, not the proper nouns some lists carry."""
    words: set[str] = set()
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            word = line.strip()
            if word and word[0].islower():
                words.add(fold(word))
    return words


def write(path: str, header: str, names: list[str]) -> None:
    directory = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(header)
        out.writelines(name + "\n" for name in names)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("nam_dict")
    parser.add_argument("word_lists", nargs="+", metavar="WORDS")
    parser.add_argument("out_dir")
    parser.add_argument("--min-frequency", type=int, default=1)
    args = parser.parse_args()
    names = read_names(args.nam_dict, args.min_frequency)
    words = read_words(args.word_lists[0])
    if len(names) < 10_000 or len(words) < 100_000:
        print(f"derive_prenoms: unexpected sizes ({len(names)} names, {len(words)} words)", file=sys.stderr)
        return 1
    for path in args.word_lists[1:]:
        words |= read_words(path)
    os.makedirs(args.out_dir, exist_ok=True)
    source = (
        "# Derived by scripts/derive_prenoms.py from gender-guesser's nam_dict.txt (Jörg Michael,\n"
        "# GNU Free Documentation License 1.2 or later) and a French word list. Do not commit.\n"
    )
    plain = sorted(n for n in names if n not in words)
    ambiguous = sorted(n for n in names if n in words)
    write(os.path.join(args.out_dir, "prenoms.txt"), source, plain)
    write(os.path.join(args.out_dir, "prenoms-ambigus.txt"), source, ambiguous)
    print(f"{len(plain)} prénoms, {len(ambiguous)} ambigus (aussi des mots)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes records mutated at random from the records of a folder, to compare two builds of rgiem on inputs nobody wrote.

    scripts/mutate-records.py SOURCE_FOLDER OUTPUT_FOLDER COUNT [SEED]

Each output record is one source record (*.md, taken at random) with 1 to 6 edits: a piece inserted in the body (document
references in every written form, annex citations, meeting documents, dates, times, Markdown), a `documents:` entry
added to the front matter (well-formed, malformed, repeated, short, meeting documents with impossible dates), a
character deleted, a line repeated. Deterministic for a seed. The output folder gets the source's rgiem.yaml if any.
"""
import os
import random
import shutil
import sys

PIECES = [
    "TSAG-TD585", "TSAG-TD585R1", "TSAG-TD585R12", "TSAG-TD585 R1", "TSAG-TD585-R1", "TSAG-TD585 Rev.2", "TD 120 Rev.1",
    "TD125-R1", "SG17-TD580/PLEN", "TD326/TSAG", "WTSA-20 C103", "TD120 R1", "TD 392 (GEN/19)", "SG13 TD GEN 0050",
    "TD666R4", "C99R1", "C12", "DOC5 (230131)", "DOC7 (231399)", "TSAG-TD", "TD12a", "TSAG-TD257and", "ofTSAG-TD257",
    "Room C2", "C17/98", "C3PO", "Annex C1", "TSAG-TD12345", "TSAG-TD1R123", "TSAG-TD585R0", "TSAG-TD585R", "TSAG-C",
    "SG17-C12.", "SG2-LS3", "TSAG-TD585R1/PLEN", "TSAG-TD585R1 (WP1/17)", "TSAG-TD585R1(GEN/19)", "TSAG\u2011TD585R2",
    "TSAG-TD585R1.5", "TSAG-TD12.5", "TSAG-TD12-3", "the TSAG-TD and TSAG-C series", "This TD ", "LS", " and ", "R1",
    "Annex A", "Annex B", "Annex 1", "Annexes 2", "Annex A of TSAG-TD520", "Annex B to Resolution 68", "see Annex C.",
    "the contribution Annex D", "Annex\u00A0E", "12 May 2023", "Monday, 18 September 2023", "1430 hours", "0900-1230",
    "**", "_", "`", "[x](http://a)", "\n\n", "\n- ", "\n# ", "| a | b |\n|---|---|\n| TSAG-TD1 | C2 |\n", "[^1]", "\n\n[^1]: TSAG-TD9R9.\n",
]

ENTRIES = [
    "TSAG-TD585", "TSAG-TD585R2", "TD585R3", "C99R1", "WTSA-20 C99R1", "SG17-TD580/PLEN", "TD580/GEN", "DOC5 (230131)",
    "DOC6 (231399)", "TSAG-TD", "TD12a", "TSAG-TD585R0", "SG2-LS3", "TSAG-C124", "TSAG-TD560", "TSAG-TD418R4", "x",
]


def mutate(text, rng):
    end = text.find("\n---", 4) if text.startswith("---") else -1
    body_start = end + 4 if end >= 0 else 0
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(5)
        if kind <= 1:
            at = rng.randint(body_start, len(text))
            text = text[:at] + rng.choice(PIECES) + text[at:]
        elif kind == 2 and body_start > 0 and "\ndocuments:\n" in text[:body_start]:
            at = text.index("\ndocuments:\n") + len("\ndocuments:\n")
            entry = "  - {number: %s, title: \"Mutated\"}\n" % rng.choice(ENTRIES)
            text = text[:at] + entry + text[at:]
            body_start += len(entry)
        elif kind == 3 and len(text) > body_start + 1:
            at = rng.randint(body_start, len(text) - 1)
            text = text[:at] + text[at + 1:]
        else:
            lines = text[body_start:].split("\n")
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
            text = text[:body_start] + "\n".join(lines)
    return text


def main():
    source, output, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 21)
    records = sorted(os.path.join(source, f) for f in os.listdir(source) if f.endswith(".md"))
    os.makedirs(output, exist_ok=True)
    if os.path.exists(os.path.join(source, "rgiem.yaml")):
        shutil.copy(os.path.join(source, "rgiem.yaml"), os.path.join(output, "rgiem.yaml"))
    for n in range(count):
        path = rng.choice(records)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(output, "m%04d-%s" % (n, os.path.basename(path))), "w", encoding="utf-8") as f:
            f.write(mutate(text, rng))


if __name__ == "__main__":
    main()

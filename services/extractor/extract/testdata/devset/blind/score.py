# Per-batch means of a `newsflow bench extract --per-page FILE --texts DIR
# PART` run over one part (tune or heldout) of the blind pages: for every
# batch (the pages_*.py module that wrote the page) and extractor, the mean
# of the per-page precision, recall and F1 of the means (a non-article
# scores 1/1 when its text is empty, as in TestDevset), the boilerplate
# strings (mustNotContain) found in the texts and the passages a reader
# needs (mustContain) missing from them. Only aggregates are printed unless
# --pages is given (never for heldout while tuning).
#
#   python3 score.py PART PER_PAGE.tsv TEXTS_DIR [--pages]
import csv
import importlib
import json
import math
import os
import re
import sys

import kit

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = [("batches 1-2", ["pages_de", "pages_en", "pages_es", "pages_fr", "pages_ru", "pages_batch2"]),
           ("batch 3", ["pages_batch3"]), ("batch 4", ["pages_batch4"]), ("batch 5", ["pages_batch5"]), ("batch 6", ["pages_batch6"]), ("batch 7", ["pages_batch7"]), ("batch 8", ["pages_batch8"]), ("batch 9", ["pages_batch9"]), ("batch 10", ["pages_batch10"]), ("batch 11", ["pages_batch11"]), ("batch 12", ["pages_batch12"]), ("batch 13", ["pages_batch13"]), ("batch 14", ["pages_batch14"]), ("batch 15", ["pages_batch15"]), ("batch 16", ["pages_batch16"]), ("batch 17", ["pages_batch17"])]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    part, tsv, texts = sys.argv[1:4]
    pages = "--pages" in sys.argv
    batch = {}
    for name, mods in MODULES:
        for m in mods:
            n = len(kit.PAGES)
            importlib.import_module(m)
            for pg in kit.PAGES[n:]:
                batch[pg[1]] = name
    gt = json.load(open(os.path.join(HERE, part, "ground-truth.json")))
    rows = {}
    with open(tsv) as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows[(r["extractor"], r["id"])] = r
    exts = sorted({e for e, _ in rows}, key=lambda e: (e != "newsflow", e))
    out = {}
    for (e, id), r in rows.items():
        if id not in gt:
            continue
        p, rc = float(r["precision"]), float(r["recall"])
        path = os.path.join(texts, e, id + ".txt")
        text = open(path).read() if os.path.exists(path) else ""
        if math.isnan(p) or math.isnan(rc):
            p = rc = 1.0 if not gt[id]["articleBody"].strip() and not text.strip() else 0.0
        low = norm(text)
        leaks = [s for s in gt[id]["mustNotContain"] if norm(s) in low]
        miss = [s for s in gt[id].get("mustContain", []) if norm(s) not in low]
        for b in (batch[id], "all"):
            o = out.setdefault((b, e), [0, 0.0, 0.0, 0, 0, 0])
            o[0] += 1
            o[1] += p
            o[2] += rc
            o[3] += len(leaks)
            o[4] += len(miss)
            o[5] += len(gt[id].get("mustContain", []))
        if pages:
            f1 = 2 * p * rc / (p + rc) if p + rc else 0
            print("%s\t%s\t%s\tP %.3f R %.3f F1 %.3f\tleaks %s\tmissing %s" % (batch[id], e, id, p, rc, f1, leaks, miss))
    for b in [m[0] for m in MODULES] + ["all"]:
        cells = []
        for e in exts:
            o = out.get((b, e))
            if not o:
                continue
            p, rc = o[1] / o[0], o[2] / o[0]
            f1 = 2 * p * rc / (p + rc) if p + rc else 0
            must = ", %d/%d kept" % (o[5] - o[4], o[5]) if o[5] else ""
            cells.append("%s %.3f / %.3f / %.3f, %d%s" % (e, p, rc, f1, o[3], must))
        if cells:
            print("%s %s (%d): %s" % (part, b, out[(b, exts[0])][0], " | ".join(cells)))


if __name__ == "__main__":
    main()

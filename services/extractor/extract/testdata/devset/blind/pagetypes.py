# Page types of one part of the blind pages (or of any benchmark-layout
# directory) as `newsflow extract` gives them, against the truth: per batch,
# the pages whose type is right (article / listing / non_article with the
# truth's nonArticleReason when it names one, and the truth's paywalled
# flag when it sets one). Only aggregates are printed unless --pages is
# given (never for heldout while tuning). With --count, a directory without
# page types in its truth (L3S-GN1) gets its pages counted by type and
# reason instead, and --list names the pages that are not articles.
#
#   python3 pagetypes.py NEWSFLOW PART [--pages]
#   python3 pagetypes.py NEWSFLOW DIR --count [--list]
import collections
import gzip
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

import kit

HERE = os.path.dirname(os.path.abspath(__file__))


def page_file(d, id, tmp):
    """The page's HTML file; a gzipped one (L3S-GN1) is unpacked into tmp."""
    f = os.path.join(d, "html", id + ".html")
    if os.path.exists(f) or not os.path.exists(f + ".gz"):
        return f
    out = os.path.join(tmp, id + ".html")
    with gzip.open(f + ".gz", "rb") as src, open(out, "wb") as dst:
        dst.write(src.read())
    return out


def extract(newsflow, d, ids):
    out = {}
    tmp = tempfile.mkdtemp()
    for i in range(0, len(ids), 200):
        files = [page_file(d, id, tmp) for id in ids[i:i + 200]]
        res = subprocess.run([newsflow, "extract", "--format", "json"] + files, capture_output=True, text=True, check=True)
        for line in res.stdout.splitlines():
            o = json.loads(line)
            out[os.path.basename(o["file"])[:-5]] = o
    shutil.rmtree(tmp)
    return out


def main():
    newsflow, part = sys.argv[1:3]
    d = part if os.path.isdir(part) and not os.path.isdir(os.path.join(HERE, part)) else os.path.join(HERE, part)
    gt = json.load(open(os.path.join(d, "ground-truth.json")))
    ids = sorted(i for i in gt if any(os.path.exists(os.path.join(d, "html", i + ext)) for ext in (".html", ".html.gz")))
    got = extract(newsflow, d, ids)
    if "--count" in sys.argv:
        c = collections.Counter()
        for id in ids:
            o = got[id]
            k = o["page_type"] + ("/" + o["non_article_reason"] if o.get("non_article_reason") else "") + (" paywalled" if o.get("paywalled") else "")
            c[k] += 1
            if "--list" in sys.argv and o["page_type"] != "article":
                print("%s\t%s" % (id, k))
        print("%s (%d pages): %s" % (part, len(ids), ", ".join("%s %d" % kv for kv in sorted(c.items()))))
        return
    batch = {}
    from score import MODULES  # noqa: E402  (score.py runs main() only as a script)
    for name, mods in MODULES:
        for m in mods:
            n = len(kit.PAGES)
            importlib.import_module(m)
            for pg in kit.PAGES[n:]:
                batch[pg[1]] = name
    out = collections.OrderedDict()
    for id in ids:
        t, o = gt[id], got[id]
        want = t["pageType"] + ("/" + t["nonArticleReason"].lower() if t.get("nonArticleReason") else "")
        have = o["page_type"] + ("/" + o["non_article_reason"] if o.get("non_article_reason") and t.get("nonArticleReason") else "")
        ok = want == have
        if "paywalled" in t:
            ok = ok and bool(o.get("paywalled")) == t["paywalled"]
            want += " paywalled" if t["paywalled"] else ""
            have += " paywalled" if o.get("paywalled") else ""
        for b in (batch.get(id, "?"), "all"):
            o2 = out.setdefault(b, [0, 0])
            o2[0] += 1
            o2[1] += ok
        if "--pages" in sys.argv:
            print("%s\t%s\t%s\twant %s\tgot %s" % (batch.get(id, "?"), "ok" if ok else "WRONG", id, want, have))
    for b in [m[0] for m in MODULES] + ["?"]:
        if b in out:
            n, ok = out[b]
            print("%s %s: page type right on %d of %d" % (part, b, ok, n))
    print("%s all: page type right on %d of %d" % (part, out["all"][1], out["all"][0]))


if __name__ == "__main__":
    main()

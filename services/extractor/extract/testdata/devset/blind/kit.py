# The kit blind.py builds its pages with: a story is a list of blocks, each
# page renders them in its own CMS's markup (render(blocks, style) with the
# page's overrides) and the ground truth is what a reader calls the story's
# text: every paragraph, heading, list item, table cell, quote and
# definition; no headline, byline, date or caption (the benchmark's
# convention, as in ../tune/truth.py). ("raw", html) is in-story chrome (an
# ad, a sign-up box, a caption) and stays out of the truth; ("sf", text) is
# the standfirst the page's header shows under the headline, which the
# project's truth keeps (as in ../tune/truth.py) and the story markup does
# not render. ("x", text, html) is a block whose markup the page writes by
# hand (inline quotes, links, emphasis): text goes to the truth, html to
# the page. must (page()'s keyword) lists short passages a reader needs
# kept (a one-line first or last paragraph, a list item, a table row, a
# quote); they go to the truth file as mustContain. reason (a non-article's
# NonArticleReason without its prefix, "CONSENT_WALL") and paywalled (an
# article behind a paywall that keeps its visible part) go to the truth as
# nonArticleReason and paywalled (blind batch 8).
import html
import json
import os

E = lambda s: html.escape(s, quote=False)


def truth(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "h3", "div", "pull", "code", "lead", "sf", "x"):
            out.append(b[1])
        elif k == "quote":
            out.append(b[1])
            if len(b) > 2 and b[2]:
                out.append(b[2])
        elif k in ("ul", "ol", "brp", "brl"):
            out.extend(b[1])
        elif k == "table":
            for row in b[1]:
                out.extend(c for c in row if c)
        elif k == "dl":
            for dt, dd in b[1]:
                out.extend([dt, dd])
        elif k == "raw":
            pass
        else:
            raise ValueError(k)
    return "\n\n".join(out)


DEFAULT = {
    "p": lambda t: "<p>%s</p>" % E(t),
    "lead": lambda t: "<p><strong>%s</strong></p>" % E(t),
    "div": lambda t: "<div>%s</div>" % E(t),
    "h": lambda t: "<h2>%s</h2>" % E(t),
    "h3": lambda t: "<h3>%s</h3>" % E(t),
    "li": lambda t: "<li>%s</li>" % E(t),
    "ul": lambda items, li: "<ul>\n%s\n</ul>" % "\n".join(li(i) for i in items),
    "ol": lambda items, li: "<ol>\n%s\n</ol>" % "\n".join(li(i) for i in items),
    "quote": lambda t, cite: "<blockquote><p>%s</p>%s</blockquote>" % (E(t), "<cite>%s</cite>" % E(cite) if cite else ""),
    "pull": lambda t: '<aside class="pullquote"><p>%s</p></aside>' % E(t),
    "code": lambda t: "<pre><code>%s</code></pre>" % E(t),
    "table": lambda rows: "<table>\n%s\n</table>" % "\n".join(
        "<tr>%s</tr>" % "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % E(c) for c in row) for i, row in enumerate(rows)),
    "dl": lambda pairs: "<dl>\n%s\n</dl>" % "\n".join("<dt>%s</dt><dd>%s</dd>" % (E(a), E(b)) for a, b in pairs),
    "brp": lambda paras: "<p>%s</p>" % "<br>\n<br>\n".join(E(p) for p in paras),
    "brl": lambda lines: "<p>%s</p>" % "<br>\n".join(E(l) for l in lines),
}


def render(blocks, **over):
    st = dict(DEFAULT)
    st.update(over)
    out = []
    for b in blocks:
        k = b[0]
        if k in ("ul", "ol"):
            out.append(st[k](b[1], st["li"]))
        elif k == "quote":
            out.append(st["quote"](b[1], b[2] if len(b) > 2 else ""))
        elif k == "x":
            out.append(b[2])
        elif k in ("raw", "sf"):
            if k == "raw":
                out.append(b[1])
        else:
            out.append(st[k](b[1]))
    return "\n".join(out)


PAGES = []


def page(part, id, url, blocks, html_text, mustnot, page_type="article", must=(), reason=None, paywalled=None):
    for s in must:
        if s not in truth(blocks):
            raise ValueError("%s: must %r is not in the truth" % (id, s))
    for s in mustnot:
        if s.lower() in truth(blocks).lower():
            raise ValueError("%s: mustNot %r is in the truth" % (id, s))
        if s not in html.unescape(html_text):
            raise ValueError("%s: mustNot %r is not on the page" % (id, s))
    if reason is not None and page_type != "non_article":
        raise ValueError("%s: a reason on a page that is no non-article" % id)
    PAGES.append((part, id, url, blocks, html_text, mustnot, page_type, list(must), reason, paywalled))


def write(here):
    gts = {}
    for part, id, url, blocks, html_text, mustnot, pt, must, reason, paywalled in PAGES:
        d = os.path.join(here, part, "html")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, id + ".html"), "w") as f:
            f.write(html_text)
        gts.setdefault(part, {})[id] = {"articleBody": truth(blocks), "url": url, "pageType": pt, "mustNotContain": mustnot}
        if must:
            gts[part][id]["mustContain"] = must
        if reason:
            gts[part][id]["nonArticleReason"] = reason
        if paywalled is not None:
            gts[part][id]["paywalled"] = paywalled
    for part, gt in gts.items():
        with open(os.path.join(here, part, "ground-truth.json"), "w") as f:
            json.dump(gt, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")

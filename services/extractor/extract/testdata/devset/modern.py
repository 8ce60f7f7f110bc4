# Builds the modern-layout pages of the development set: the markup of
# today's CMSs and front-ends (WordPress blocks, Next.js with hashed class
# names and __NEXT_DATA__, AMP, Drupal paragraphs, Ghost, a newsletter
# platform, live blogs, Arc-style pages with an infinite-scroll tail,
# Elementor, Medium-style hashed markup) around stories written for the
# project. Each page is 100-250 KB like real ones: SVG sprites, large inline
# styles and scripts, JSON-LD, long menus. Writes html/<id>.html and
# modern.json into tune/ and heldout/; truth.py merges modern.json into
# ground-truth.json. Run from this directory: python3 modern.py
import html
import json
import os
import random

E = html.escape

WORDS = {
    "en": "news sport business politics world climate science health tech culture travel food opinion video podcasts local weather money property cars jobs education family style books music film theatre games".split(),
    "de": "Nachrichten Politik Wirtschaft Sport Kultur Wissen Gesundheit Digital Reise Auto Meinung Video Podcast Region Wetter Geld Immobilien Karriere Bildung Familie Stil Bücher Musik Kino Theater Spiele Panorama Ausland Inland".split(),
    "fr": "Actualités Politique Économie Sport Culture Sciences Santé Numérique Voyage Auto Opinions Vidéo Podcasts Régions Météo Argent Immobilier Emploi Éducation Famille Mode Livres Musique Cinéma Théâtre Jeux International".split(),
    "es": "Noticias Política Economía Deportes Cultura Ciencia Salud Tecnología Viajes Motor Opinión Vídeo Pódcast Local Tiempo Dinero Vivienda Empleo Educación Familia Estilo Libros Música Cine Teatro Juegos Internacional".split(),
}


def rnd_ident(r, n=6):
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def svg_sprite(r, n):
    out = ['<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">']
    for i in range(n):
        pts = " ".join("%s%.2f %.2f" % (r.choice("MLCQ"), r.uniform(0, 24), r.uniform(0, 24)) for _ in range(r.randint(20, 60)))
        out.append('<symbol id="icon-%d" viewBox="0 0 24 24"><path d="%sZ" fill="currentColor"/></symbol>' % (i, pts))
    out.append("</svg>")
    return "".join(out)


def icon(r):
    pts = " ".join("%s%.1f %.1f" % (r.choice("ML"), r.uniform(0, 24), r.uniform(0, 24)) for _ in range(r.randint(8, 30)))
    return '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="%sZ"/></svg>' % pts


def big_style(r, n, hashed):
    out = ["<style>"]
    props = ["display:flex", "margin:0 auto", "padding:12px 16px", "font-size:1.125rem", "line-height:1.6", "color:#1a1a1a", "max-width:720px", "grid-template-columns:repeat(12,1fr)", "gap:24px", "border-bottom:1px solid #e5e5e5", "position:sticky", "top:0", "z-index:10", "background:#fff", "font-family:Georgia,serif"]
    for i in range(n):
        sel = (".css-%s" % rnd_ident(r, 6)) if hashed else (".%s-%s__%s" % (r.choice(["c", "o", "u", "l"]), rnd_ident(r, 5), rnd_ident(r, 4)))
        out.append("%s{%s}" % (sel, ";".join(r.sample(props, r.randint(2, 6)))))
        if i % 40 == 0:
            out.append("@media (min-width:%dpx){%s{%s}}" % (r.choice([600, 768, 1024, 1280]), sel, r.choice(props)))
    out.append("</style>")
    return "\n".join(out)


def big_script(r, n):
    body = ";".join("function %s(%s){return %s[%d]^%d}" % (rnd_ident(r, 2), rnd_ident(r, 1), rnd_ident(r, 1), r.randint(0, 99), r.randint(0, 9999)) for _ in range(n))
    return '<script>!function(e,t){"use strict";var n={};%s;window.__chunk_%s=n}(window,document);</script>' % (body, rnd_ident(r, 4))


def mega_menu(r, lang, sections, per, cls="menu"):
    w = WORDS[lang]
    out = ['<nav class="%s" aria-label="Main">' % cls]
    for s in range(sections):
        head = r.choice(w)
        out.append('<div class="%s__section"><button class="%s__toggle">%s%s</button><ul>' % (cls, cls, E(head), icon(r)))
        for _ in range(per):
            a, b = r.choice(w), r.choice(w)
            out.append('<li><a href="/%s/%s">%s %s</a></li>' % (a.lower(), b.lower(), E(a), E(b)))
        out.append("</ul></div>")
    out.append("</nav>")
    return "".join(out)


def jsonld(pg, with_body):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": pg["title"], "description": pg["standfirst"], "datePublished": pg["date"], "inLanguage": pg["lang"], "author": [{"@type": "Person", "name": pg["author"]}], "publisher": {"@type": "Organization", "name": pg["site"], "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % pg["host"]}}, "image": ["https://%s/img/%d.jpg" % (pg["host"], i) for i in range(3)]}
    if with_body:
        d["articleBody"] = truth(pg)
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)


def truth(pg):
    parts = []
    if pg.get("standfirst_in_truth", True) and pg["standfirst"]:
        parts.append(pg["standfirst"])
    for kind, v in pg["blocks"]:
        if kind in ("p", "h2", "h3", "quote"):
            parts.append(v)
        elif kind == "ul":
            parts.extend(v)
        elif kind == "entry":
            parts.append(v["title"])
            parts.extend(v["ps"])
    return "\n\n".join(parts)


def head(pg, r, extra=""):
    return """<!DOCTYPE html>
<html lang="%(lang)s"%(htmlattr)s>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>%(title)s | %(site)s</title>
<meta name="description" content="%(sf)s">
<meta property="og:title" content="%(title)s">
<meta property="og:description" content="%(sf)s">
<meta property="og:site_name" content="%(site)s">
<meta property="article:published_time" content="%(date)s">
<link rel="canonical" href="%(url)s">
%(extra)s
</head>
""" % dict(lang=pg["lang"], htmlattr=pg.get("htmlattr", ""), title=E(pg["title"]), site=E(pg["site"]), sf=E(pg["standfirst"]), date=pg["date"], url=pg["url"], extra=extra)


def pad_to(r, target, hashed):
    # Inline style and script until the page reaches its realistic weight.
    out = []
    size = 0
    target -= 80000  # what sprite, menus and markup weigh already
    while size < target:
        s = big_style(r, 120, hashed) if len(out) % 2 == 0 else big_script(r, 150)
        out.append(s)
        size += len(s)
    return "\n".join(out)


# ---------------------------------------------------------------- layouts

def wp_blocks(pg, r):
    L = pg["lang"]
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append('<p class="wp-block-paragraph">%s</p>' % E(v))
        elif kind in ("h2", "h3"):
            b.append('<%s class="wp-block-heading" id="h-%d">%s</%s>' % (kind, i, E(v), kind))
        elif kind == "ul":
            b.append('<ul class="wp-block-list">%s</ul>' % "".join("<li>%s</li>" % E(x) for x in v))
        elif kind == "quote":
            b.append('<blockquote class="wp-block-quote is-layout-flow"><p>%s</p></blockquote>' % E(v))
        elif kind == "pull":
            b.append('<figure class="wp-block-pullquote"><blockquote><p>%s</p></blockquote></figure>' % E(v))
        elif kind == "fig":
            b.append('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://%s/wp-content/uploads/2026/11/img-%d-1024x683.jpg" alt="" srcset="x 1024w, y 300w" sizes="(max-width: 1024px) 100vw, 1024px"/><figcaption class="wp-element-caption">%s</figcaption></figure>' % (pg["host"], i, E(v)))
        elif kind == "embed":
            b.append('<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper"><a href="https://x.test/status/%d">%s</a></div></figure>' % (r.randint(10**9, 10**10), E(v)))
        elif kind == "card":
            b.append('<div class="wp-block-group related-inline is-layout-flow"><p class="has-small-font-size"><strong>%s</strong></p><ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="/x">%s</a></li></ul></div>' % (E(v[0]), E(v[1])))
        elif kind == "signup":
            b.append('<div class="wp-block-group newsletter-signup has-background is-layout-constrained"><h3 class="wp-block-heading">%s</h3><p>%s</p><form class="mc4wp-form"><input type="email" placeholder="E-mail"><button>%s</button></form></div>' % (E(v[0]), E(v[1]), E(v[2])))
    body = "\n".join(b)
    return head(pg, r, '<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" media="all">' + jsonld(pg, False) + pad_to(r, pg["weight"], False)) + """<body class="post-template-default single single-post postid-%(pid)d wp-embed-responsive">
%(sprite)s
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-title">%(cookietitle)s</div><div class="cmplz-message"><p>%(cookie)s</p></div><button class="cmplz-btn cmplz-accept">%(accept)s</button></div></div>
<div class="wp-site-blocks">
<header class="wp-block-template-part site-header is-position-sticky"><div class="wp-block-group alignfull is-layout-flex"><p class="wp-block-site-title"><a href="/">%(site)s</a></p>%(menu)s</div></header>
<main class="wp-block-group is-layout-constrained" id="wp--skip-link--target">
<div class="wp-block-group alignwide is-layout-flow">
<div class="taxonomy-category wp-block-post-terms"><a href="/category/x">%(cat)s</a></div>
<h1 class="wp-block-post-title">%(title)s</h1>
<p class="wp-block-post-excerpt__excerpt">%(sf)s</p>
<div class="wp-block-group is-layout-flex"><div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">%(author)s</p></div></div><div class="wp-block-post-date"><time datetime="%(date)s">%(datetext)s</time></div></div>
<figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/lead.jpg" alt=""></figure>
</div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
%(body)s
</div>
<div class="wp-block-group sharedaddy"><h3 class="sd-title">%(share)s</h3><ul><li><a class="share-facebook">Facebook</a></li><li><a class="share-x">X</a></li><li><a class="share-email">E-mail</a></li></ul></div>
<nav class="wp-block-group post-navigation-link"><div class="post-navigation-link-previous"><a href="/p">%(prev)s</a></div><div class="post-navigation-link-next"><a href="/n">%(next)s</a></div></nav>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">%(comtitle)s</h2><ol class="wp-block-comment-template"><li class="comment"><div class="wp-block-comment-author-name">%(comauthor)s</div><div class="wp-block-comment-content"><p>%(comment)s</p></div></li></ol></div>
</main>
<aside class="wp-block-template-part sidebar"><h2 class="wp-block-heading">%(mostread)s</h2><ol class="wp-block-latest-posts__list">%(mr)s</ol></aside>
<footer class="wp-block-template-part site-footer"><p>%(footer)s</p>%(fmenu)s</footer>
</div>
<script type="speculationrules">{"prefetch":[{"source":"document","where":{"and":[{"href_matches":"/*"}]}}]}</script>
</body>
</html>
""" % dict(pid=r.randint(1000, 99999), sprite=svg_sprite(r, pg["icons"]), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], "wp-block-navigation"), fmenu=mega_menu(r, L, 3, 8, "footer-nav"), body=body, mr="".join('<li><a href="/m%d">%s</a></li>' % (i, E(x)) for i, x in enumerate(pg["mostread"])), **common(pg))


def common(pg):
    d = {k: E(v) for k, v in pg["chrome"].items()}
    d.update(title=E(pg["title"]), sf=E(pg["standfirst"]), site=E(pg["site"]), author=E(pg["author"]), date=pg["date"], datetext=E(pg["datetext"]))
    return d


def next_hashed(pg, r):
    # Next.js / emotion: every class a hash, one wrapper div per block, the
    # story again in __NEXT_DATA__, inline cards and a sign-up box between
    # paragraphs, a paywall teaser at the end of the free part.
    L = pg["lang"]
    h = lambda: "css-%s e%s0" % (rnd_ident(r, 6), rnd_ident(r, 5))
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append('<div class="%s"><p class="%s" data-testid="paragraph-%d">%s</p></div>' % (h(), h(), i, E(v)))
        elif kind in ("h2", "h3"):
            b.append('<div class="%s"><%s class="%s">%s</%s></div>' % (h(), kind, h(), E(v), kind))
        elif kind == "ul":
            b.append('<div class="%s"><ul class="%s">%s</ul></div>' % (h(), h(), "".join('<li class="%s">%s</li>' % (h(), E(x)) for x in v)))
        elif kind == "quote":
            b.append('<div class="%s"><blockquote class="%s"><p>%s</p></blockquote></div>' % (h(), h(), E(v)))
        elif kind == "pull":
            b.append('<aside class="%s"><div class="%s">%s</div></aside>' % (h(), h(), E(v)))
        elif kind == "fig":
            b.append('<figure class="%s"><div class="%s"><img alt="" src="/_next/image?url=%%2Fimg%d.jpg&amp;w=1200&amp;q=75" loading="lazy"></div><figcaption class="%s"><span>%s</span></figcaption></figure>' % (h(), h(), i, h(), E(v)))
        elif kind == "embed":
            b.append('<div class="%s" data-embed="video"><div class="%s"><button class="%s">%s%s</button></div></div>' % (h(), h(), h(), icon(r), E(v)))
        elif kind == "card":
            b.append('<div class="%s"><a class="%s" href="/artikel/%s"><div class="%s"><img alt="" src="/t%d.jpg"></div><div class="%s"><span class="%s">%s</span><span class="%s">%s</span></div></a></div>' % (h(), h(), rnd_ident(r, 8), h(), i, h(), h(), E(v[0]), h(), E(v[1])))
        elif kind == "signup":
            b.append('<div class="%s"><div class="%s"><span class="%s">%s</span><p class="%s">%s</p><form><input type="email" aria-label="E-Mail"><button class="%s">%s</button></form></div></div>' % (h(), h(), h(), E(v[0]), h(), E(v[1]), h(), E(v[2])))
        elif kind == "entry":
            b.append('<div class="%s" data-testid="live-entry"><div class="%s"><time class="%s" datetime="%s">%s</time></div><div class="%s"><h3 class="%s">%s</h3>%s</div><div class="%s"><button>%s</button></div></div>' % (h(), h(), h(), pg["date"], E(v["time"]), h(), h(), E(v["title"]), "".join('<div class="%s"><p class="%s">%s</p></div>' % (h(), h(), E(x)) for x in v["ps"]), h(), E(pg["chrome"]["share"])))
    nextdata = {"props": {"pageProps": {"article": {"id": rnd_ident(r, 12), "headline": pg["title"], "teaser": pg["standfirst"], "body": [{"type": k, "content": v} for k, v in pg["blocks"]], "tracking": {"ivw": rnd_ident(r, 20)}}, "navigation": [rnd_ident(r, 8) for _ in range(200)]}}, "page": "/[...slug]", "buildId": rnd_ident(r, 21)}
    paywall = ""
    if pg.get("paywall"):
        paywall = '<div class="%s" data-testid="paywall"><div class="%s"><h2 class="%s">%s</h2><p class="%s">%s</p><a class="%s" href="/abo">%s</a></div></div>' % (h(), h(), h(), E(pg["paywall"][0]), h(), E(pg["paywall"][1]), h(), E(pg["paywall"][2]))
    return head(pg, r, jsonld(pg, True) + pad_to(r, pg["weight"], True)) + """<body>
<div id="__next">%(sprite)s
<div class="%(h1)s" role="dialog" aria-label="Consent"><div class="%(h2)s"><p>%(cookie)s</p><button>%(accept)s</button><button>%(settings)s</button></div></div>
<header class="%(h3)s"><div class="%(h4)s"><a href="/" aria-label="%(site)s">%(logo)s</a>%(menu)s<a class="%(h5)s" href="/login">%(login)s</a></div></header>
<main class="%(h6)s">
<div class="%(h7)s"><div class="%(h8)s"><nav class="%(h9)s"><a href="/r">%(cat)s</a></nav>
<h1 class="%(h10)s">%(title)s</h1>
<div class="%(h11)s"><p class="%(h12)s">%(sf)s</p></div>
<div class="%(h13)s"><span class="%(h14)s">%(byprefix)s <a href="/autor/x">%(author)s</a></span><time class="%(h15)s" datetime="%(date)s">%(datetext)s</time></div>
</div>
<div class="%(h16)s"><div class="%(h17)s">
%(body)s
</div>%(paywall)s</div>
<div class="%(h18)s"><span>%(share)s</span>%(icons)s</div>
</div>
<div class="%(h19)s"><h2 class="%(h20)s">%(mostread)s</h2><ol class="%(h21)s">%(mr)s</ol></div>
</main>
<footer class="%(h22)s">%(fmenu)s<p>%(footer)s</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">%(nextdata)s</script>
<script src="/_next/static/chunks/webpack-%(wh)s.js" defer></script>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), logo=icon(r), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], h().split()[0]), fmenu=mega_menu(r, L, 4, 10, h().split()[0]), body="\n".join(b), paywall=paywall, icons="".join(icon(r) for _ in range(5)), mr="".join('<li class="%s"><a href="/m%d"><span>%d</span>%s</a></li>' % (h(), i, i + 1, E(x)) for i, x in enumerate(pg["mostread"])), nextdata=json.dumps(nextdata, ensure_ascii=False).replace("</", "<\\/"), wh=rnd_ident(r, 16), **dict({"h%d" % i: h() for i in range(1, 23)}, **common(pg)))


def amp(pg, r):
    L = pg["lang"]
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append("<p>%s</p>" % E(v))
        elif kind in ("h2", "h3"):
            b.append("<%s>%s</%s>" % (kind, E(v), kind))
        elif kind == "ul":
            b.append("<ul>%s</ul>" % "".join("<li>%s</li>" % E(x) for x in v))
        elif kind == "quote":
            b.append("<blockquote><p>%s</p></blockquote>" % E(v))
        elif kind == "fig":
            b.append('<figure class="article__figure"><amp-img src="/img/%d.jpg" width="1200" height="800" layout="responsive" alt=""></amp-img><figcaption>%s</figcaption></figure>' % (i, E(v)))
        elif kind == "embed":
            b.append('<amp-twitter width="375" height="472" layout="responsive" data-tweetid="%d"><blockquote placeholder><p>%s</p></blockquote></amp-twitter>' % (r.randint(10**9, 10**10), E(v)))
        elif kind == "card":
            b.append('<aside class="article__related"><span class="article__related-label">%s</span><a href="/x.amp">%s</a></aside>' % (E(v[0]), E(v[1])))
        elif kind == "signup":
            b.append('<div class="newsletter-box"><p class="newsletter-box__title">%s</p><p>%s</p><a class="button" href="/newsletters">%s</a></div>' % (E(v[0]), E(v[1]), E(v[2])))
        if i % 4 == 3:
            b.append('<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/%s"><div fallback>%s</div></amp-ad>' % (rnd_ident(r, 6), E(pg["chrome"]["ad"])))
    return head(pg, r, '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>' + jsonld(pg, False) + '<style amp-custom>' + big_style(r, 900, False)[7:-8] + '</style>' + pad_to(r, pg["weight"] - 60000, False).replace("<script>", '<script type="application/json">')) + """<body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>%(cookie)s</p><button on="tap:consent.accept">%(accept)s</button><button on="tap:consent.reject">%(settings)s</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">%(menu)s</amp-sidebar>
%(sprite)s
<header class="header"><button on="tap:sidebar.toggle">%(menuword)s</button><a href="/">%(site)s</a></header>
<main>
<article class="article">
<p class="article__kicker">%(cat)s</p>
<h1 class="article__title">%(title)s</h1>
<p class="article__chapo">%(sf)s</p>
<p class="article__byline">%(byprefix)s %(author)s · <time datetime="%(date)s">%(datetext)s</time></p>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>
<div class="article__content">
%(body)s
</div>
<div class="article__tags"><a href="/t/1">%(cat)s</a></div>
</article>
<section class="more"><h2>%(mostread)s</h2><ul>%(mr)s</ul></section>
</main>
<footer class="footer">%(fmenu)s<p>%(footer)s</p></footer>
<amp-analytics type="gtag"><script type="application/json">{"vars":{"gtag_id":"G-%(gid)s"}}</script></amp-analytics>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], "sidebar-nav"), fmenu=mega_menu(r, L, 3, 8, "footer-nav"), body="\n".join(b), mr="".join('<li><a href="/m%d.amp">%s</a></li>' % (i, E(x)) for i, x in enumerate(pg["mostread"])), gid=rnd_ident(r, 10).upper(), **common(pg))


def drupal(pg, r):
    # Drupal 10 with the Paragraphs module: every block in its own
    # paragraph entity, two or three wrapper divs deep.
    L = pg["lang"]
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append('<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item"><p>%s</p></div></div>' % E(v))
        elif kind in ("h2", "h3"):
            b.append('<div class="paragraph paragraph--type--heading"><div class="field field--name-field-heading field__item"><%s>%s</%s></div></div>' % (kind, E(v), kind))
        elif kind == "ul":
            b.append('<div class="paragraph paragraph--type--text"><div class="clearfix text-formatted field field--name-field-text field__item"><ul>%s</ul></div></div>' % "".join("<li>%s</li>" % E(x) for x in v))
        elif kind == "quote":
            b.append('<div class="paragraph paragraph--type--quote"><div class="field field--name-field-quote field__item"><blockquote><p>%s</p></blockquote></div></div>' % E(v))
        elif kind == "fig":
            b.append('<div class="paragraph paragraph--type--image"><div class="field field--name-field-media field__item"><article class="media media--type-image"><img src="/sites/default/files/styles/wide/public/%d.jpg" alt=""></article></div><div class="field field--name-field-caption field__item">%s</div></div>' % (i, E(v)))
        elif kind == "card":
            b.append('<div class="paragraph paragraph--type--related-content"><div class="field field--name-field-label field__item">%s</div><div class="field field--name-field-reference field__item"><a href="/node/%d" hreflang="%s">%s</a></div></div>' % (E(v[0]), r.randint(100, 9999), L, E(v[1])))
        elif kind == "signup":
            b.append('<div class="paragraph paragraph--type--newsletter"><h3>%s</h3><p>%s</p><form class="simplenews-subscriber-form"><input type="email"><input type="submit" value="%s"></form></div>' % (E(v[0]), E(v[1]), E(v[2])))
        elif kind == "embed":
            b.append('<div class="paragraph paragraph--type--video"><div class="field field--name-field-video field__item"><div class="video-embed-field-lazy"><button class="video-embed-field-lazy-play">%s</button></div></div></div>' % E(v))
    return head(pg, r, jsonld(pg, False) + pad_to(r, pg["weight"], False).replace("<script>", '<script type="application/json" data-drupal-selector="drupal-settings-json">', 1)) + """<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">%(skip)s</a>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>%(cookie)s</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">%(accept)s</button></div></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
%(sprite)s
<div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home">%(site)s</a></div></div>
<div class="region region-primary-menu"><div id="block-mainnavigation" class="block block-menu navigation menu--main">%(menu)s</div></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb"><ol><li><a href="/">%(home)s</a></li><li><a href="/c">%(cat)s</a></li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%(title)s</span></h1></div>
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article role="article" class="node node--type-article node--promoted node--view-mode-full">
<footer class="node__meta"><div class="node__submitted">%(byprefix)s <span class="field field--name-uid"><span>%(author)s</span></span> · <span class="field field--name-created">%(datetext)s</span></div></footer>
<div class="node__content">
<div class="clearfix text-formatted field field--name-field-lead field--type-text-long field--label-hidden field__item"><p>%(sf)s</p></div>
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
%(body)s
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">%(tags)s</div><div class="field__items"><div class="field__item"><a href="/t/1">%(cat)s</a></div></div></div>
</div>
</article>
</div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="views-element-container block block-views block-views-blockmost-read-block-1"><h2>%(mostread)s</h2><div class="view view-most-read"><div class="view-content"><div class="item-list"><ul>%(mr)s</ul></div></div></div></div></div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer">%(fmenu)s<div class="block block-block-content"><p>%(footer)s</p></div></div></footer>
</div></div>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], "menu"), fmenu=mega_menu(r, L, 3, 8, "menu--footer"), body="\n".join(b), mr="".join('<li><div class="views-field views-field-title"><span class="field-content"><a href="/node/%d">%s</a></span></div></li>' % (i, E(x)) for i, x in enumerate(pg["mostread"])), **common(pg))


def ghost(pg, r):
    L = pg["lang"]
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append("<p>%s</p>" % E(v))
        elif kind in ("h2", "h3"):
            b.append('<%s id="h%d">%s</%s>' % (kind, i, E(v), kind))
        elif kind == "ul":
            b.append("<ul>%s</ul>" % "".join("<li>%s</li>" % E(x) for x in v))
        elif kind == "quote":
            b.append("<blockquote>%s</blockquote>" % E(v))
        elif kind == "pull":
            b.append('<blockquote class="kg-blockquote-alt">%s</blockquote>' % E(v))
        elif kind == "fig":
            b.append('<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/11/%d.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">%s</span></figcaption></figure>' % (i, E(v)))
        elif kind == "card":
            b.append('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://%s/%s/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">%s</div><div class="kg-bookmark-description">%s</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">%s</span></div></div></a></figure>' % (pg["host"], rnd_ident(r, 8), E(v[1]), E(v[2]), E(pg["site"])))
        elif kind == "signup":
            b.append('<div class="kg-card kg-signup-card kg-width-regular"><div class="kg-signup-card-content"><h2 class="kg-signup-card-heading">%s</h2><p class="kg-signup-card-subheading">%s</p><form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" required><button class="kg-signup-card-button">%s</button></form></div></div>' % (E(v[0]), E(v[1]), E(v[2])))
        elif kind == "embed":
            b.append('<figure class="kg-card kg-embed-card"><div class="kg-embed-placeholder">%s</div></figure>' % E(v))
    return head(pg, r, jsonld(pg, False) + pad_to(r, pg["weight"], False)) + """<body class="post-template tag-notes">
<div class="viewport">
%(sprite)s
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">%(site)s</a></div><nav class="gh-head-menu">%(menu)s</nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">%(login)s</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">%(subscribe)s</a></div></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-notes">
<header class="article-header gh-canvas">
<section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/notes/">%(cat)s</a></span></section>
<h1 class="article-title">%(title)s</h1>
<p class="article-excerpt">%(sf)s</p>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/x/">%(author)s</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%(date)s">%(datetext)s</time><span class="byline-reading-time"><span class="bull">•</span> %(readtime)s</span></div></div></section></div>
</header>
<section class="gh-content gh-canvas">
%(body)s
</section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">%(ctatitle)s</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">%(ctainput)s</div><span>%(subscribe)s</span></a></div></section>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">%(mostread)s</h3>%(mr)s</div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">%(site)s</a> © 2026</section><nav class="site-footer-nav">%(fmenu)s</nav><div class="gh-powered-by"><a href="https://ghost.test/">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=1" defer></script>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], "nav"), fmenu=mega_menu(r, L, 1, 6, "nav"), body="\n".join(b), mr="".join('<article class="post-card"><a class="post-card-image-link" href="/r%d/"><img class="post-card-image" src="/r%d.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/r%d/"><header class="post-card-header"><h2 class="post-card-title">%s</h2></header><div class="post-card-excerpt">%s</div></a></div></article>' % (i, i, i, E(x), E(pg["chrome"]["excerpt"])) for i, x in enumerate(pg["mostread"])), **common(pg))


def newsletter(pg, r):
    # Substack-like: subscribe widgets in the body, like/comment/share bars,
    # the comment thread and "more from" below.
    L = pg["lang"]
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append("<p>%s</p>" % E(v))
        elif kind in ("h2", "h3"):
            b.append('<%s class="header-anchor-post">%s<div class="pencraft"><div class="header-anchor-parent"><button aria-label="Link">%s</button></div></div></%s>' % (kind, E(v), icon(r), kind))
        elif kind == "ul":
            b.append("<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % E(x) for x in v))
        elif kind == "quote":
            b.append("<blockquote><p>%s</p></blockquote>" % E(v))
        elif kind == "fig":
            b.append('<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="/img/%d.jpeg"><div class="image2-inset"><picture><source type="image/webp"><img src="/img/%d.jpeg" width="1456" height="971" alt="" loading="lazy"></picture><div class="image-link-expand"><div class="pencraft">%s%s</div></div></div></a><figcaption class="image-caption">%s</figcaption></figure></div>' % (i, i, icon(r), icon(r), E(v)))
        elif kind == "signup":
            b.append('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://%s/subscribe?&quot;}"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">%s</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="%s"><input type="submit" class="button primary" value="%s"></form></div></div>' % (pg["host"], E(v[1]), E(v[0]), E(v[2])))
        elif kind == "card":
            b.append('<div class="embedded-post-wrap"><a class="embedded-post" href="/p/%s"><div class="embedded-post-header"><span class="embedded-publication-name">%s</span></div><div class="embedded-post-title-wrapper"><div class="embedded-post-title">%s</div></div><div class="embedded-post-body">%s</div><div class="embedded-post-cta-wrapper"><span class="embedded-post-cta">%s</span></div></a></div>' % (rnd_ident(r, 8), E(pg["site"]), E(v[1]), E(v[2]), E(v[0])))
        elif kind == "embed":
            b.append('<div class="tweet" data-attrs="{}"><a class="tweet-link-top" href="/x"><div class="tweet-header"><span class="tweet-author-name">%s</span></div></a><div class="tweet-footer"><span class="tweet-date">%s</span></div></div>' % (E(v), E(pg["datetext"])))
    return head(pg, r, jsonld(pg, False) + pad_to(r, pg["weight"], True).replace("<script>", "<script>window._preloads = JSON.parse(\"", 1)) + """<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
%(sprite)s
<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">%(site)s</a><div class="navbar-buttons"><button class="button primary subscribe-btn">%(subscribe)s</button><button class="button sign-in-link">%(login)s</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft">
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">%(title)s</h1><h3 class="subtitle">%(sf)s</h3>
<div class="pencraft byline-wrapper"><div class="profile-hover-card-target"><a href="/profile/x">%(author)s</a></div><div class="pencraft pc-display-flex"><div class="pencraft">%(datetext)s</div></div></div>
<div class="post-ufi style-large"><div class="like-button-container post-ufi-button">%(icon1)s<div class="label">214</div></div><a class="post-ufi-button post-ufi-comment-button">%(icon2)s<div class="label">37</div></a><div class="post-ufi-button">%(icon3)s<div class="label">%(share)s</div></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
%(body)s
</div></div>
<div class="visibility-check"></div>
<div class="post-footer use-separators"><div class="post-ufi style-large"><div class="like-button-container">%(icon1)s<div class="label">214</div></div><div class="label">%(share)s</div></div></div>
</article>
<div id="discussion" class="comments-page"><h4 class="comments-heading">%(comtitle)s</h4><div class="comment-list"><div class="comment"><div class="comment-meta"><a href="/profile/y">%(comauthor)s</a><span>%(datetext)s</span></div><div class="comment-body"><p>%(comment)s</p></div><div class="comment-actions"><button>%(reply)s</button></div></div></div></div>
<div class="more-from"><h4>%(mostread)s</h4>%(mr)s</div>
</div></div></div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-terms">© 2026 %(author)s · <a href="/privacy">Privacy</a> · <a href="/tos">Terms</a> · <a href="/cookies">Collection notice</a></div><div class="footer-cta"><a href="/publish">%(footer)s</a></div></div></div>
</div></div>
<script>window._analyticsConfig = JSON.parse("{\\"properties\\":{\\"subdomain\\":\\"%(id)s\\"}}")</script>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), icon1=icon(r), icon2=icon(r), icon3=icon(r), body="\n".join(b), mr="".join('<div class="post-preview"><a class="post-preview-title" href="/p/m%d">%s</a><div class="post-preview-description">%s</div></div>' % (i, E(x), E(pg["chrome"]["excerpt"])) for i, x in enumerate(pg["mostread"])), id=rnd_ident(r, 8), **common(pg))


def arc(pg, r):
    # Arc-style front-end: BEM-ish classes, ad slots between blocks, and an
    # infinite-scroll tail that starts the next story below this one.
    L = pg["lang"]
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append('<p class="c-paragraph b-article-body__paragraph" data-el="text">%s</p>' % E(v))
        elif kind in ("h2", "h3"):
            b.append('<%s class="c-heading b-article-body__heading" data-el="header">%s</%s>' % (kind, E(v), kind))
        elif kind == "ul":
            b.append('<ul class="c-list b-article-body__list" data-el="list">%s</ul>' % "".join("<li>%s</li>" % E(x) for x in v))
        elif kind == "quote":
            b.append('<blockquote class="c-blockquote" data-el="quote"><p>%s</p></blockquote>' % E(v))
        elif kind == "pull":
            b.append('<div class="c-pullquote" data-el="pullquote"><p>%s</p></div>' % E(v))
        elif kind == "fig":
            b.append('<figure class="c-media-item" data-el="image"><picture><img src="/resizer/%s.jpg" alt="" loading="lazy"></picture><figcaption class="c-media-item__caption"><span class="c-media-item__title">%s</span></figcaption></figure>' % (rnd_ident(r, 20), E(v)))
        elif kind == "card":
            b.append('<div class="c-interstitial-link" data-el="interstitial_link"><span class="c-interstitial-link__label">%s</span> <a href="/story/%s/">%s</a></div>' % (E(v[0]), rnd_ident(r, 10), E(v[1])))
        elif kind == "signup":
            b.append('<div class="b-newsletter-signup"><div class="b-newsletter-signup__title">%s</div><div class="b-newsletter-signup__description">%s</div><button class="c-button">%s</button></div>' % (E(v[0]), E(v[1]), E(v[2])))
        elif kind == "embed":
            b.append('<div class="c-video-placeholder" data-el="video"><div class="c-video-placeholder__overlay">%s</div></div>' % E(v))
        if kind == "p" and i % 3 == 2:
            b.append('<div class="b-ad b-ad--inline"><div class="b-ad__label">%s</div><div id="arcad_%s" class="arcad"></div></div>' % (E(pg["chrome"]["ad"]), rnd_ident(r, 8)))
    nx = pg["nextstory"]
    return head(pg, r, jsonld(pg, False) + pad_to(r, pg["weight"], False) + '<script>window.Fusion=window.Fusion||{};Fusion.globalContent=%s;</script>' % json.dumps({"headlines": {"basic": pg["title"]}, "content_elements": [{"type": k, "content": v} for k, v in pg["blocks"]]}, ensure_ascii=False).replace("</", "<\\/")) + """<body>
<div id="fusion-app" class="layout-section">
%(sprite)s
<div class="b-cookie-banner" role="region"><p>%(cookie)s</p><button class="c-button">%(accept)s</button></div>
<header class="b-header-nav-chain b-header-nav-chain--sticky"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/">%(site)s</a>%(menu)s<a class="c-button c-button--primary" href="/subscribe">%(subscribe)s</a></div></header>
<main class="b-right-rail-advanced">
<div class="b-right-rail-advanced__main">
<article class="b-article-body-wrapper">
<div class="b-overline"><a class="b-overline__link" href="/s">%(cat)s</a></div>
<h1 class="b-headline">%(title)s</h1>
<h2 class="b-subheadline">%(sf)s</h2>
<div class="b-byline"><span class="b-byline__by">%(byprefix)s</span> <a class="b-byline__author" href="/author/x">%(author)s</a></div>
<div class="b-date"><time datetime="%(date)s">%(datetext)s</time></div>
<div class="b-share-bar">%(icons)s</div>
<div class="b-article-body">
%(body)s
</div>
<div class="b-tag-list"><a href="/tags/x">%(cat)s</a></div>
</article>
<div class="b-infinite-scroll" data-next="/story/next">
<div class="b-infinite-scroll__label">%(nextlabel)s</div>
<article class="b-article-body-wrapper b-article-body-wrapper--next">
<div class="b-overline"><a href="/s2">%(nextcat)s</a></div>
<h1 class="b-headline">%(nexttitle)s</h1>
<h2 class="b-subheadline">%(nextsf)s</h2>
<div class="b-byline"><span class="b-byline__by">%(byprefix)s</span> <a class="b-byline__author" href="/author/z">%(nextauthor)s</a></div>
<div class="b-article-body">%(nextbody)s</div>
<div class="b-infinite-scroll__more"><a class="c-button" href="/story/next">%(continue)s</a></div>
</article>
</div>
</div>
<aside class="b-right-rail-advanced__rail"><div class="b-top-table-list"><h2 class="b-header">%(mostread)s</h2><ol>%(mr)s</ol></div><div class="b-ad b-ad--rail"><div class="b-ad__label">%(ad)s</div></div></aside>
</main>
<footer class="b-footer">%(fmenu)s<p class="b-footer__copyright">%(footer)s</p></footer>
</div>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], "b-header-nav-chain__menu"), fmenu=mega_menu(r, L, 4, 8, "b-footer__links"), body="\n".join(b), icons="".join(icon(r) for _ in range(4)), nextlabel=E(nx["label"]), nextcat=E(nx["cat"]), nexttitle=E(nx["title"]), nextsf=E(nx["sf"]), nextauthor=E(nx["author"]), nextbody="".join('<p class="c-paragraph">%s</p>' % E(x) for x in nx["ps"]), mr="".join('<li class="b-top-table-list__item"><a href="/m%d"><span class="b-top-table-list__number">%d</span><h3>%s</h3></a></li>' % (i, i + 1, E(x)) for i, x in enumerate(pg["mostread"])), **common(pg))


def elementor(pg, r):
    # Elementor: every block a widget three divs deep inside sections and
    # columns; headings are widgets too; related posts a posts widget.
    L = pg["lang"]
    def w(kind, inner):
        return '<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" data-element_type="widget" data-widget_type="%s.default"><div class="elementor-widget-container">%s</div></div>' % (rnd_ident(r, 7), kind, rnd_ident(r, 7), kind, inner)
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append(w("text-editor", "<p>%s</p>" % E(v)))
        elif kind in ("h2", "h3"):
            b.append(w("heading", '<%s class="elementor-heading-title elementor-size-default">%s</%s>' % (kind, E(v), kind)))
        elif kind == "ul":
            b.append(w("text-editor", "<ul>%s</ul>" % "".join("<li>%s</li>" % E(x) for x in v)))
        elif kind == "quote":
            b.append(w("blockquote", '<blockquote class="elementor-blockquote"><p class="elementor-blockquote__content">%s</p></blockquote>' % E(v)))
        elif kind == "fig":
            b.append(w("image", '<figure class="wp-caption"><img src="/wp-content/uploads/%d.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">%s</figcaption></figure>' % (i, E(v))))
        elif kind == "card":
            b.append(w("posts", '<div class="elementor-posts-container elementor-posts elementor-grid"><article class="elementor-post"><div class="elementor-post__text"><span class="elementor-post__badge">%s</span><h3 class="elementor-post__title"><a href="/x">%s</a></h3><div class="elementor-post__excerpt"><p>%s</p></div><a class="elementor-post__read-more" href="/x">%s</a></div></article></div>' % (E(v[0]), E(v[1]), E(v[2]), E(pg["chrome"]["continue"]))))
        elif kind == "signup":
            b.append(w("form", '<h4>%s</h4><p>%s</p><form class="elementor-form"><input type="email"><button type="submit"><span class="elementor-button-text">%s</span></button></form>' % (E(v[0]), E(v[1]), E(v[2]))))
        elif kind == "embed":
            b.append(w("video", '<div class="elementor-wrapper elementor-open-inline"><div class="elementor-custom-embed-image-overlay"><div class="elementor-custom-embed-play" role="button">%s<span class="elementor-screen-only">%s</span></div></div></div>' % (icon(r), E(v))))
    def section(inner):
        return '<section class="elementor-section elementor-top-section elementor-element elementor-element-%s elementor-section-boxed" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">%s</div></div></div></section>' % (rnd_ident(r, 7), inner)
    # The story spreads over several sections, a few widgets each.
    secs = [section("".join(b[k:k + 4])) for k in range(0, len(b), 4)]
    return head(pg, r, jsonld(pg, False) + pad_to(r, pg["weight"], False)) + """<body class="post-template post-template-elementor_header_footer single single-post elementor-default elementor-kit-5 elementor-page">
%(sprite)s
<div id="borlabs-cookie"><div class="_brlbs-box"><p class="_brlbs-flex-center">%(cookie)s</p><a class="_brlbs-btn _brlbs-btn-accept-all">%(accept)s</a><a class="_brlbs-refuse-btn">%(settings)s</a></div></div>
<div data-elementor-type="header" class="elementor elementor-location-header"><section class="elementor-section elementor-sticky"><div class="elementor-container">%(w_logo)s%(w_menu)s</div></section></div>
<div data-elementor-type="single-post" class="elementor elementor-location-single post type-post">
%(s_head)s
%(body)s
%(s_share)s
%(s_related)s
</div>
<div data-elementor-type="footer" class="elementor elementor-location-footer">%(s_footer)s</div>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), w_logo=w("theme-site-logo", '<a href="/">%s</a>' % E(pg["site"])), w_menu=w("nav-menu", mega_menu(r, L, pg["menu"][0], pg["menu"][1], "elementor-nav-menu")),
           s_head=section(w("theme-post-title", '<h1 class="elementor-heading-title">%s</h1>' % E(pg["title"])) + w("post-info", '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-author">%s</span></li><li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-date">%s</span></li></ul>' % (E(pg["author"]), E(pg["datetext"]))) + w("theme-post-excerpt", "<p>%s</p>" % E(pg["standfirst"]))),
           body="\n".join(secs),
           s_share=section(w("share-buttons", '<div class="elementor-grid">%s</div>' % "".join('<div class="elementor-grid-item"><div class="elementor-share-btn">%s<span class="elementor-share-btn__title">%s</span></div></div>' % (icon(r), x) for x in ("Facebook", "WhatsApp", "E-Mail")))),
           s_related=section(w("heading", '<h2 class="elementor-heading-title">%s</h2>' % E(pg["chrome"]["mostread"])) + w("posts", "".join('<article class="elementor-post"><h3 class="elementor-post__title"><a href="/m%d">%s</a></h3><div class="elementor-post__excerpt"><p>%s</p></div></article>' % (i, E(x), E(pg["chrome"]["excerpt"])) for i, x in enumerate(pg["mostread"])))),
           s_footer=section(w("text-editor", "<p>%s</p>" % E(pg["chrome"]["footer"])) + w("nav-menu", mega_menu(r, L, 3, 8, "elementor-nav-menu"))), **common(pg))


def medium(pg, r):
    # Medium-style: atomic hashed classes on every element, the story in a
    # <section> of nested divs, claps and follow buttons, "more from" tails.
    L = pg["lang"]
    at = lambda: " ".join(rnd_ident(r, 2) for _ in range(r.randint(6, 14)))
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        pid = rnd_ident(r, 4)
        if kind == "p":
            b.append('<p id="%s" class="pw-post-body-paragraph %s" data-selectable-paragraph="">%s</p>' % (pid, at(), E(v)))
        elif kind in ("h2", "h3"):
            b.append('<h2 id="%s" class="%s" data-selectable-paragraph="">%s</h2>' % (pid, at(), E(v)))
        elif kind == "ul":
            b.append('<ul class="">%s</ul>' % "".join('<li id="%s" class="%s" data-selectable-paragraph="">%s</li>' % (rnd_ident(r, 4), at(), E(x)) for x in v))
        elif kind == "quote":
            b.append('<blockquote class="%s"><p id="%s" class="%s" data-selectable-paragraph="">%s</p></blockquote>' % (at(), pid, at(), E(v)))
        elif kind == "pull":
            b.append('<blockquote class="%s"><p id="%s" class="%s"><em class="%s">%s</em></p></blockquote>' % (at(), pid, at(), at(), E(v)))
        elif kind == "fig":
            b.append('<figure class="%s"><div role="button" tabindex="0" class="%s"><span class="%s"><picture><img alt="" class="%s" width="700" height="467" loading="eager" role="presentation"></picture></span></div><figcaption class="%s" data-selectable-paragraph="">%s</figcaption></figure>' % (at(), at(), at(), at(), at(), E(v)))
        elif kind == "card":
            b.append('<div class="%s"><a rel="noopener follow" href="/@x/%s"><div class="%s"><div class="%s"><h2 class="%s">%s</h2><div class="%s"><h3 class="%s">%s</h3></div></div></div></a></div>' % (at(), rnd_ident(r, 12), at(), at(), at(), E(v[1]), at(), at(), E(v[2])))
        elif kind == "embed":
            b.append('<figure class="%s"><div class="%s"><iframe title="%s" class="%s" src="/media/%s"></iframe></div></figure>' % (at(), at(), E(v), at(), rnd_ident(r, 12)))
    sections = "".join('<div class="%s"><div class="%s">%s</div></div>' % (at(), at(), x) for x in b)
    return head(pg, r, jsonld(pg, False) + pad_to(r, pg["weight"], True) + '<script>window.__APOLLO_STATE__ = %s</script>' % json.dumps({"Post:%s" % rnd_ident(r, 12): {"title": pg["title"], "content": {"bodyModel": {"paragraphs": [{"text": v if isinstance(v, str) else "", "type": k.upper()} for k, v in pg["blocks"]]}}}}, ensure_ascii=False).replace("</", "<\\/")) + """<body>
<div id="root"><div class="a b c"><div class="%(a1)s">
%(sprite)s
<div class="%(a2)s"><div class="%(a3)s"><a href="/">%(logo)s</a><div class="%(a4)s"><a href="/new-story">%(write)s</a><a class="%(a5)s" href="/m/signin">%(login)s</a><a class="%(a6)s" href="/m/signup">%(subscribe)s</a></div></div></div>
<div class="%(a7)s"><article><div class="l"><div class="l"><section><div class="%(a8)s"><div class="%(a9)s"><div class="%(a10)s">
<div class="%(a11)s"><h1 id="%(hid)s" class="pw-post-title %(a12)s" data-testid="storyTitle" data-selectable-paragraph="">%(title)s</h1></div>
<div class="%(a13)s"><h2 id="%(sid)s" class="pw-subtitle-paragraph %(a14)s" data-selectable-paragraph="">%(sf)s</h2></div>
<div class="%(a15)s"><div class="%(a16)s"><a href="/@x" data-testid="authorName">%(author)s</a><span> · </span><button class="%(a17)s">%(follow)s</button></div><div class="%(a18)s"><span data-testid="storyReadTime">%(readtime)s</span><span> · </span><span data-testid="storyPublishDate">%(datetext)s</span></div></div>
<div class="%(a19)s"><div class="pw-multi-vote-count %(a20)s"><button>1.2K</button></div><div class="%(a21)s"><button aria-label="responses">%(icon1)s<span>18</span></button></div><button aria-label="Listen">%(icon2)s<p>%(listen)s</p></button><button aria-label="Share">%(icon3)s<p>%(share)s</p></button></div>
%(body)s
</div></div></div></section></div></div></article></div>
<div class="%(a22)s"><div class="%(a23)s"><a href="/tag/x">%(cat)s</a></div><div class="%(a24)s"><button>1.2K</button><button>18</button></div></div>
<div class="%(a25)s"><h2 class="%(a26)s">%(writtenby)s %(author)s</h2><p class="%(a27)s">%(bio)s</p><button>%(follow)s</button></div>
<div class="%(a28)s"><h2 class="%(a29)s">%(mostread)s</h2>%(mr)s</div>
<div class="%(a30)s"><p>%(footer)s</p><a href="/help">Help</a><a href="/status">Status</a><a href="/about">About</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></div>
</div></div></div>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), logo=icon(r), icon1=icon(r), icon2=icon(r), icon3=icon(r), hid=rnd_ident(r, 4), sid=rnd_ident(r, 4), body="\n".join([sections]), mr="".join('<div class="%s"><a href="/@y/m%d"><h2 class="%s">%s</h2><div class="%s"><h3 class="%s">%s</h3></div></a></div>' % (at(), i, at(), E(x), at(), at(), E(pg["chrome"]["excerpt"])) for i, x in enumerate(pg["mostread"])), **dict({"a%d" % i: at() for i in range(1, 31)}, **common(pg)))


def liveblog(pg, r):
    # Classic live blog: entries newest first, each with its own time, title,
    # share bar; a key-event rail and a "load more" button at the end.
    L = pg["lang"]
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "entry":
            b.append('<article class="liveblog-entry" id="post-%d"><header class="liveblog-entry__header"><time class="liveblog-entry__time" datetime="%s">%s</time></header><div class="liveblog-entry__body"><h2 class="liveblog-entry__title">%s</h2>%s</div><footer class="liveblog-entry__footer"><span class="liveblog-entry__share">%s</span>%s%s</footer></article>' % (i, pg["date"], E(v["time"]), E(v["title"]), "".join("<p>%s</p>" % E(x) for x in v["ps"]), E(pg["chrome"]["share"]), icon(r), icon(r)))
        elif kind == "fig":
            b.append('<article class="liveblog-entry liveblog-entry--media"><figure><img src="/l%d.jpg" alt=""><figcaption>%s</figcaption></figure></article>' % (i, E(v)))
        elif kind == "card":
            b.append('<aside class="liveblog-teaser"><span class="liveblog-teaser__label">%s</span><a href="/x">%s</a></aside>' % (E(v[0]), E(v[1])))
        elif kind == "embed":
            b.append('<article class="liveblog-entry liveblog-entry--embed"><div class="embed-placeholder"><p>%s</p><button>%s</button></div></article>' % (E(v), E(pg["chrome"]["accept"])))
    keys = "".join('<li><a href="#post-%d">%s</a></li>' % (i, E(v["title"])) for i, (k, v) in enumerate(pg["blocks"]) if k == "entry")
    return head(pg, r, jsonld(pg, False) + pad_to(r, pg["weight"], False)) + """<body class="is-liveblog">
%(sprite)s
<div class="consent-overlay"><div class="consent-box"><h2>%(cookietitle)s</h2><p>%(cookie)s</p><button>%(accept)s</button><button>%(settings)s</button></div></div>
<header class="page-header is-sticky"><a class="page-header__logo" href="/">%(site)s</a>%(menu)s<a href="/abo">%(subscribe)s</a></header>
<main class="page-main">
<div class="article-head"><span class="label-live">LIVE</span><h1>%(title)s</h1><p class="article-head__intro">%(sf)s</p><p class="article-head__meta">%(byprefix)s %(author)s · %(datetext)s</p></div>
<div class="liveblog-layout">
<aside class="liveblog-keyevents"><h2>%(keyevents)s</h2><ul>%(keys)s</ul></aside>
<div class="liveblog-feed">
<div class="liveblog-feed__update-bar"><button>%(newposts)s</button></div>
%(body)s
<button class="liveblog-feed__more">%(loadmore)s</button>
</div>
</div>
<section class="teaser-list"><h2>%(mostread)s</h2><ul>%(mr)s</ul></section>
</main>
<footer class="page-footer">%(fmenu)s<p>%(footer)s</p></footer>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], "main-nav"), fmenu=mega_menu(r, L, 3, 8, "footer-nav"), body="\n".join(b), keys=keys, mr="".join('<li><a href="/m%d"><span class="teaser__kicker">%s</span> %s</a></li>' % (i, E(pg["chrome"]["cat"]), E(x)) for i, x in enumerate(pg["mostread"])), **common(pg))


def nuxt(pg, r):
    # Vue/Nuxt SSR: scoped-style data-v attributes, short BEM classes, the
    # page state again in window.__NUXT__, a "Read next" rail between
    # paragraphs and a comment count link.
    L = pg["lang"]
    dv = "data-v-%s" % rnd_ident(r, 8)
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append('<p %s class="rich-text__p">%s</p>' % (dv, E(v)))
        elif kind in ("h2", "h3"):
            b.append('<%s %s class="rich-text__h">%s</%s>' % (kind, dv, E(v), kind))
        elif kind == "ul":
            b.append('<ul %s class="rich-text__list">%s</ul>' % (dv, "".join("<li %s>%s</li>" % (dv, E(x)) for x in v)))
        elif kind == "quote":
            b.append('<blockquote %s class="rich-text__quote"><p>%s</p></blockquote>' % (dv, E(v)))
        elif kind == "fig":
            b.append('<figure %s class="media"><div class="media__ratio"><img src="/m/%d.webp" alt="" loading="lazy"></div><figcaption class="media__caption">%s</figcaption></figure>' % (dv, i, E(v)))
        elif kind == "card":
            b.append('<aside %s class="read-next"><p class="read-next__label">%s</p><ul><li><a href="/n/%s"><img src="/n.jpg" alt=""><span>%s</span></a></li></ul></aside>' % (dv, E(v[0]), rnd_ident(r, 6), E(v[1])))
        elif kind == "signup":
            b.append('<div %s class="nl-box"><p class="nl-box__title">%s</p><p class="nl-box__text">%s</p><form><input type="email" placeholder="E-mail"><button type="submit">%s</button></form></div>' % (dv, E(v[0]), E(v[1]), E(v[2])))
        elif kind == "embed":
            b.append('<div %s class="embed embed--blocked"><p>%s</p><button>%s</button></div>' % (dv, E(v), E(pg["chrome"]["accept"])))
    return head(pg, r, jsonld(pg, False) + pad_to(r, pg["weight"], False) + '<script>window.__NUXT__=%s</script>' % json.dumps({"data": [{"story": {"title": pg["title"], "blocks": [[k, v] for k, v in pg["blocks"]]}}], "state": {"menu": [rnd_ident(r, 6) for _ in range(300)]}}, ensure_ascii=False).replace("</", "<\\/")) + """<body>
<div id="__nuxt"><div id="__layout"><div %(dv)s class="app">
%(sprite)s
<div %(dv)s class="cmp-banner"><p>%(cookie)s</p><button>%(accept)s</button><button>%(settings)s</button></div>
<header %(dv)s class="top-bar is-fixed"><a href="/" class="top-bar__logo">%(site)s</a>%(menu)s<a href="/login" class="top-bar__login">%(login)s</a></header>
<main %(dv)s class="page">
<div %(dv)s class="page__grid">
<div %(dv)s class="page__main">
<div %(dv)s class="story-head"><a class="story-head__kicker" href="/c">%(cat)s</a><h1 class="story-head__title">%(title)s</h1><p class="story-head__teaser">%(sf)s</p><div class="story-head__meta"><span>%(byprefix)s %(author)s</span> · <time datetime="%(date)s">%(datetext)s</time> · <a href="#comments">%(comtitle)s</a></div></div>
<div %(dv)s class="rich-text">
%(body)s
</div>
<div %(dv)s class="share-row">%(share)s %(icons)s</div>
<section %(dv)s id="comments" class="talk"><h2>%(comtitle)s</h2><div class="talk__item"><b>%(comauthor)s</b><p>%(comment)s</p></div></section>
</div>
<div %(dv)s class="page__rail"><div class="rail-box"><h3>%(mostread)s</h3><ol>%(mr)s</ol></div></div>
</div>
</main>
<footer %(dv)s class="bottom">%(fmenu)s<p>%(footer)s</p></footer>
</div></div></div>
</body>
</html>
""" % dict(dv=dv, sprite=svg_sprite(r, pg["icons"]), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], "top-nav"), fmenu=mega_menu(r, L, 3, 8, "bottom-nav"), body="\n".join(b), icons="".join(icon(r) for _ in range(4)), mr="".join('<li><a href="/m%d">%s</a></li>' % (i, E(x)) for i, x in enumerate(pg["mostread"])), **common(pg))


def tailwind(pg, r):
    # Astro/Tailwind blog: utility classes only, the story in a "prose"
    # block, a table of contents beside it, a sticky sign-up footer.
    L = pg["lang"]
    u = lambda: " ".join(r.sample(["mx-auto", "max-w-3xl", "px-4", "py-2", "mt-6", "mb-4", "text-lg", "leading-7", "text-slate-700", "dark:text-slate-300", "font-serif", "md:px-0", "flex", "gap-4", "items-center", "rounded-xl", "border", "border-slate-200", "bg-white", "shadow-sm"], r.randint(3, 7)))
    b = []
    toc = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append("<p>%s</p>" % E(v))
        elif kind in ("h2", "h3"):
            sid = "s-%d" % i
            toc.append('<li><a href="#%s" class="%s">%s</a></li>' % (sid, u(), E(v)))
            b.append('<%s id="%s"><a href="#%s" class="%s" aria-hidden="true">#</a>%s</%s>' % (kind, sid, sid, u(), E(v), kind))
        elif kind == "ul":
            b.append("<ul>%s</ul>" % "".join("<li>%s</li>" % E(x) for x in v))
        elif kind == "quote":
            b.append("<blockquote><p>%s</p></blockquote>" % E(v))
        elif kind == "fig":
            b.append('<figure class="%s"><img src="/_astro/%s.webp" alt="" class="%s"><figcaption class="%s">%s</figcaption></figure>' % (u(), rnd_ident(r, 10), u(), u(), E(v)))
        elif kind == "card":
            b.append('<div class="not-prose %s"><a href="/blog/%s" class="%s"><img src="/c.webp" alt="" class="%s"><div class="%s"><p class="%s">%s</p><p class="%s">%s</p></div></a></div>' % (u(), rnd_ident(r, 8), u(), u(), u(), u(), E(v[0]), u(), E(v[1])))
        elif kind == "signup":
            b.append('<div class="not-prose %s"><p class="%s">%s</p><p class="%s">%s</p><form class="%s"><input type="email" class="%s" placeholder="you@example.com"><button class="%s">%s</button></form></div>' % (u(), u(), E(v[0]), u(), E(v[1]), u(), u(), u(), E(v[2])))
        elif kind == "embed":
            b.append('<div class="not-prose %s"><iframe src="https://video.test/embed/%s" title="%s" loading="lazy"></iframe></div>' % (u(), rnd_ident(r, 11), E(v)))
    return head(pg, r, jsonld(pg, False) + pad_to(r, pg["weight"], False)) + """<body class="%(u1)s">
%(sprite)s
<header class="sticky top-0 z-50 %(u2)s"><div class="%(u3)s"><a href="/" class="%(u4)s">%(site)s</a>%(menu)s<button class="%(u5)s" aria-label="Theme">%(icon)s</button></div></header>
<div class="%(u6)s">
<aside class="hidden lg:block %(u7)s"><nav class="%(u8)s"><p class="%(u9)s">%(tocword)s</p><ul>%(toclist)s</ul></nav></aside>
<main class="%(u10)s">
<div class="%(u11)s"><a href="/tags/x" class="%(u12)s">%(cat)s</a><h1 class="%(u13)s">%(title)s</h1><p class="%(u14)s">%(sf)s</p><div class="%(u15)s"><img src="/me.webp" alt="" class="%(u16)s"><span>%(author)s</span><time datetime="%(date)s">%(datetext)s</time><span>%(readtime)s</span></div></div>
<article class="prose prose-slate lg:prose-lg dark:prose-invert %(u17)s">
%(body)s
</article>
<div class="%(u18)s"><a href="/p" class="%(u19)s"><span>%(prev)s</span></a><a href="/n" class="%(u20)s"><span>%(next)s</span></a></div>
<section class="%(u21)s"><h2 class="%(u22)s">%(mostread)s</h2><ul class="%(u23)s">%(mr)s</ul></section>
</main>
</div>
<footer class="%(u24)s">%(fmenu)s<p class="%(u25)s">%(footer)s</p></footer>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), icon=icon(r), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], "flex"), fmenu=mega_menu(r, L, 3, 6, "grid"), body="\n".join(b), toclist="".join(toc), tocword=E(pg["chrome"]["toc"]), mr="".join('<li><a href="/blog/m%d" class="%s">%s</a></li>' % (i, u(), E(x)) for i, x in enumerate(pg["mostread"])), **dict({"u%d" % i: u() for i in range(1, 26)}, **common(pg)))


def typo3(pg, r):
    # TYPO3 company press page: content elements as frame divs with ids,
    # header and bodytext separated, a download box and a contact box.
    L = pg["lang"]
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        cid = r.randint(1000, 9999)
        if kind == "p":
            b.append('<div id="c%d" class="frame frame-default frame-type-text frame-layout-0"><div class="ce-bodytext"><p>%s</p></div></div>' % (cid, E(v)))
        elif kind in ("h2", "h3"):
            b.append('<div id="c%d" class="frame frame-default frame-type-header frame-layout-0"><header><%s class="">%s</%s></header></div>' % (cid, kind, E(v), kind))
        elif kind == "ul":
            b.append('<div id="c%d" class="frame frame-default frame-type-bullets frame-layout-0"><ul class="ce-bullets">%s</ul></div>' % (cid, "".join("<li>%s</li>" % E(x) for x in v)))
        elif kind == "quote":
            b.append('<div id="c%d" class="frame frame-default frame-type-text frame-layout-0"><div class="ce-bodytext"><blockquote><p>%s</p></blockquote></div></div>' % (cid, E(v)))
        elif kind == "fig":
            b.append('<div id="c%d" class="frame frame-default frame-type-image frame-layout-0"><div class="ce-image ce-center ce-above"><div class="ce-gallery"><figure class="image"><img class="image-embed-item" src="/fileadmin/_processed_/%s.jpg" alt=""><figcaption class="image-caption">%s</figcaption></figure></div></div></div>' % (cid, rnd_ident(r, 10), E(v)))
        elif kind == "card":
            b.append('<div id="c%d" class="frame frame-default frame-type-uploads frame-layout-0"><header><h3>%s</h3></header><ul class="ce-uploads"><li><a href="/fileadmin/%s.pdf"><span class="ce-uploads-fileName">%s</span></a><span class="ce-uploads-filesize">1 MB</span></li></ul></div>' % (cid, E(v[0]), rnd_ident(r, 8), E(v[1])))
        elif kind == "signup":
            b.append('<div id="c%d" class="frame frame-default frame-type-form_formframework frame-layout-0"><form class="newsletter"><h3>%s</h3><p>%s</p><input type="email"><button>%s</button></form></div>' % (cid, E(v[0]), E(v[1]), E(v[2])))
    return head(pg, r, jsonld(pg, False) + pad_to(r, pg["weight"], False)) + """<body id="p%(pid)d" class="page-%(pid)d pagelevel-3 language-0 backendlayout-subnavigation_left layout-default">
%(sprite)s
<div id="cookieman-modal" class="modal" role="dialog"><div class="modal-body"><p>%(cookie)s</p><button class="btn btn-primary">%(accept)s</button></div></div>
<div class="body-bg">
<header class="navbar navbar-mainnavigation navbar-fixed-top"><div class="container"><a class="navbar-brand" href="/">%(site)s</a>%(menu)s</div></header>
<nav class="breadcrumb-section"><div class="container"><ol class="breadcrumb"><li><a href="/">%(home)s</a></li><li><a href="/presse">%(cat)s</a></li><li class="active">%(title)s</li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section"><div class="container"><div class="row">
<div class="col-md-3 subnav-wrap"><nav class="frame-type-menu_subpages">%(subnav)s</nav></div>
<main class="col-md-9 maincontent-wrap" role="main">
<div class="section section-default">
<div id="c%(hid)d" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="element-header">%(title)s</h1><p class="element-subheader">%(datetext)s</p></header></div>
<div id="c%(tid)d" class="frame frame-default frame-type-text frame-layout-0"><div class="ce-bodytext"><p class="lead">%(sf)s</p></div></div>
%(body)s
<div id="c%(kid)d" class="frame frame-default frame-type-textpic frame-layout-0 frame-background-light"><header><h3>%(contact)s</h3></header><div class="ce-bodytext"><p>%(author)s<br>%(contactline)s</p></div></div>
</div>
</main>
</div></div></div>
<footer class="section footer-section"><div class="container">%(fmenu)s<p>%(footer)s</p></div></footer>
</div>
</body>
</html>
""" % dict(pid=r.randint(10, 999), hid=r.randint(1000, 9999), tid=r.randint(1000, 9999), kid=r.randint(1000, 9999), sprite=svg_sprite(r, pg["icons"]), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], "navbar-nav"), subnav=mega_menu(r, L, 1, 9, "nav"), fmenu=mega_menu(r, L, 3, 8, "footer-nav"), body="\n".join(b), **common(pg))


def bootstrap(pg, r):
    # A regional news site on Bootstrap: rows and columns, the story in
    # col-lg-8, a "more on this" card row after the third paragraph, an
    # outbrain-like grid and a comment prompt at the end.
    L = pg["lang"]
    b = []
    for i, (kind, v) in enumerate(pg["blocks"]):
        if kind == "p":
            b.append('<p class="mb-3">%s</p>' % E(v))
        elif kind in ("h2", "h3"):
            b.append('<%s class="h4 mt-4">%s</%s>' % (kind, E(v), kind))
        elif kind == "ul":
            b.append('<ul class="list-unstyled ps-3">%s</ul>' % "".join("<li>%s</li>" % E(x) for x in v))
        elif kind == "quote":
            b.append('<blockquote class="blockquote border-start ps-3"><p>%s</p></blockquote>' % E(v))
        elif kind == "fig":
            b.append('<figure class="figure w-100"><img src="/fotos/%d.jpg" class="figure-img img-fluid rounded" alt=""><figcaption class="figure-caption">%s</figcaption></figure>' % (i, E(v)))
        elif kind == "card":
            b.append('<div class="row g-3 my-3"><div class="col-12"><div class="card h-100"><div class="card-body"><h5 class="card-title"><a href="/nota/%d" class="stretched-link">%s</a></h5><p class="card-text small">%s</p></div></div></div></div>' % (r.randint(1000, 99999), E(v[1]), E(v[2]) if len(v) > 2 and v[2] else E(pg["chrome"]["excerpt"])))
        elif kind == "signup":
            b.append('<div class="alert alert-secondary"><strong>%s</strong> %s <a href="/boletin" class="btn btn-sm btn-dark">%s</a></div>' % (E(v[0]), E(v[1]), E(v[2])))
        elif kind == "embed":
            b.append('<div class="ratio ratio-16x9"><div class="yt-lite" data-id="%s"><button class="btn">%s</button></div></div>' % (rnd_ident(r, 11), E(v)))
    return head(pg, r, jsonld(pg, True) + pad_to(r, pg["weight"], False)) + """<body class="d-flex flex-column h-100">
%(sprite)s
<div class="fixed-bottom bg-dark text-white p-3" id="cookie-consent"><div class="container d-flex"><p class="mb-0">%(cookie)s</p><button class="btn btn-light ms-3">%(accept)s</button></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top"><div class="container"><a class="navbar-brand" href="/">%(site)s</a>%(menu)s</div></nav>
<main class="flex-shrink-0"><div class="container my-4"><div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">%(home)s</a></li><li class="breadcrumb-item active">%(cat)s</li></ol></nav>
<h1 class="display-6 fw-bold">%(title)s</h1>
<p class="lead">%(sf)s</p>
<div class="d-flex small text-muted mb-3"><span class="me-2">%(byprefix)s <a href="/autor/x">%(author)s</a></span><span>%(datetext)s</span></div>
<div class="d-flex gap-2 mb-3">%(icons)s</div>
%(body)s
<div class="border-top pt-3 mt-4"><p class="small text-muted">%(tags)s: <a href="/t/1" class="badge bg-secondary">%(cat)s</a></p></div>
<div class="row row-cols-1 row-cols-md-3 g-3 mt-2">%(grid)s</div>
<div class="mt-4"><a class="btn btn-outline-dark" href="#comentarios">%(comtitle)s</a></div>
</div>
<div class="col-lg-4"><div class="sticky-top"><div class="card"><div class="card-header">%(mostread)s</div><ul class="list-group list-group-flush">%(mr)s</ul></div><div class="bg-light text-center p-5 mt-3">%(ad)s</div></div></div>
</div></div></main>
<footer class="footer mt-auto py-3 bg-light"><div class="container">%(fmenu)s<span class="text-muted">%(footer)s</span></div></footer>
</body>
</html>
""" % dict(sprite=svg_sprite(r, pg["icons"]), menu=mega_menu(r, L, pg["menu"][0], pg["menu"][1], "navbar-nav"), fmenu=mega_menu(r, L, 3, 8, "nav"), body="\n".join(b), icons="".join(icon(r) for _ in range(4)), grid="".join('<div class="col"><div class="card h-100"><img src="/g%d.jpg" class="card-img-top" alt=""><div class="card-body"><h5 class="card-title"><a href="/g/%d" class="stretched-link">%s</a></h5></div></div></div>' % (i, i, E(x)) for i, x in enumerate(pg["mostread"][:3])), mr="".join('<li class="list-group-item"><a href="/m%d">%s</a></li>' % (i, E(x)) for i, x in enumerate(pg["mostread"])), **common(pg))


LAYOUTS = dict(wp_blocks=wp_blocks, next_hashed=next_hashed, amp=amp, drupal=drupal, ghost=ghost, newsletter=newsletter, arc=arc, elementor=elementor, medium=medium, liveblog=liveblog, nuxt=nuxt, tailwind=tailwind, typo3=typo3, bootstrap=bootstrap)

from modern_pages import PAGES  # noqa: E402  (the stories, kept apart from the markup)

for part in ("tune", "heldout"):
    out = {}
    for pid, pg in PAGES.items():
        if pg["part"] != part:
            continue
        r = random.Random(pid)
        page = LAYOUTS[pg["layout"]](pg, r)
        with open(os.path.join(part, "html", pid + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        must = list(pg["mustNot"])
        out[pid] = {"articleBody": truth(pg), "url": pg["url"], "pageType": "article", "mustNotContain": must}
        print(part, pid, len(page.encode()) // 1024, "KB")
    with open(os.path.join(part, "modern.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)

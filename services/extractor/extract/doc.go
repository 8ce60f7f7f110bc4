// Package extract turns one fetched HTML page into a newsflow Article: the
// main text as clean paragraphs plus the page's metadata (canonical URL,
// title, byline, publication time, language, site name, lead image), or the
// story teasers of a listing page.
//
// Invariants:
//   - HTML parses each page once, never panics, and bounds its work: a
//     tokenizer pre-pass keeps what reaches the parser within a budget of
//     nodes, text, attribute size and depth (budget.go); a page over a cap
//     is extracted from the part within it and flagged Degraded, with the
//     caps named in LimitsHit. The text statistics are computed once and
//     kept current as boilerplate is cut. One walk before any cut
//     (scan.go) counts the controls and collects the buttons, links and
//     price lines the thread and offer searches start from; nothing is cut
//     before those searches read them. What no rule reads (script and
//     style text, SVG drawings) is left out before the parse by a scan that
//     follows the tokenizer (inert.go), so the parse follows the text, not
//     the markup; the tree is the same less those nodes and the attributes
//     no code reads (attrs.go).
//   - A page without editorial text (consent wall, login wall, paywall
//     stub, error page, app interstitial, empty shell) is a
//     PAGE_TYPE_NON_ARTICLE Article with a NonArticleReason, no title, text
//     or description, not an error. Walls are told by their controls
//     (password inputs, consent buttons, app-store links, paywall markup)
//     and by what little text is left, never by the site. A paywalled
//     story keeps its visible lead and is flagged Paywalled. A page that
//     declares no story and whose <h1> or <title> is a status line of its
//     language ("Seite nicht gefunden", "Ошибка 404") is an error page,
//     teaser rail or not (pagetype_status.go); a gallery's text is its
//     captions (pagetype_media.go). A consent overlay with the story
//     behind it in the document is an article. A subscription offer
//     (two or more sibling plan cards, each a price with its currency and
//     period and a button, and the box around them) is never text: a page
//     left with under 40 words beside one is a paywall stub, a page that
//     declares no story a subscription page (paywall.go).
//   - Boilerplate is removed by structure first (navigation, share bars,
//     cookie banners, related lists ...), then by text rules kept as data in
//     rules/*.txt, then by optional per-site selectors (rules/sites.txt). No
//     rule names a particular outlet unless it sits in the per-site file.
//   - Paragraph text is NFC, whitespace (including NBSP) collapsed to single
//     spaces, trimmed; empty paragraphs are dropped.
//   - Every Article carries Version; a behaviour change bumps it so that a
//     re-extraction replaces older records.
//
// Rules that read text work in any language and script: structure (text
// and link density, position beside the <h1> and the story, repeated
// names) decides first; phrase lists (rules/<lang>.txt) name box labels
// and stock lines only. The multilingual development set in
// testdata/devset (tune/ and held-out pages in German, French, Spanish,
// Russian and English: news, blogs, company, association, agency and
// magazine pages) is scored by TestDevset with the benchmark's metric.
//
// Story text set in the shapes editors use in any language stays: a table
// or a quote set as a figure, a quote's own footer, a pull quote whose
// words are nowhere else on the page, a subhead whatever its class, the
// dated terms of a definition list, and the page's one <main> or
// <article> rather than a wrapper that its class names lifted above it
// (structure.go, content.go, lines.go, pullquote.go; recall_test.go).
// testdata/devset/blind holds pages written for that before the rules
// (TestDevset scores its tune half, TestDevsetBlindHeldout the rest). The
// cells of a data table are data however often they repeat and whatever
// date they name, while a cell alone in its row (an old table layout's
// byline and date rows) is a page region; a box of facts among the story's
// paragraphs stays; view counters, update stamps, jump-to links,
// disclosures and a recipe card's rating and yield go (lines.go,
// structure.go, boilerplate.go; tables_test.go). A time or a day in a data
// table's cell is data; star ratings, lines of labelled durations, small
// print above the story and the contact block that ends a release go
// (lines.go, contentboxes.go, contact.go; elements_test.go). A sibling
// content element is judged by the block it wraps (through up to
// maxLedeClimb wrappers of one child each), and
// a quote element between two blocks of the story joins it (elements.go);
// a card's nutrition and specification lines, a question with answer
// links and the contact lines after a notice of a few sentences go
// (cards.go, contact.go; cards_test.go). A release's dateline alone on
// its line ("Stuttgart, 2. Dezember 2026") that opens the story's box is
// its first line, not a date stamp (dateline.go; dateline_test.go).
// Threads, Q&A pages, FAQs and code: a forum thread's text is its first
// post, posts being siblings of one tag and class with text, a button
// and an author link each (threads.go); a Q&A page's text is its question
// and its answers, the question's box of one kind and the answers' of
// another (qa.go), or boxes of one kind with a heading between the first
// and the rest that counts the rest ("2 réponses"; qacount.go); a page
// builder's short last section right after the story's sections stays
// (sectionrun.go), and so does a short story of "widget"-named builder
// elements (shortwidgets.go); a contact teaser in a box of its own after a help
// page's last answer goes (contactbox.go); a code block keeps its line
// breaks in its paragraph, and a gutter of line numbers goes (code.go); a
// link within the page whose text is a glyph ("↩" after a footnote, "¶")
// leaves the text (backlinks.go). Chrome whatever its classes: a box of a
// picture, a name and a line that gives the name again (or a picture whose
// alt text is the name) is an author box (personbox.go); items under a
// heading that counts them, each with a control of its own, are readers'
// comments unless the thread search took them for posts (commentlist.go);
// a short widget story's share in widgets leaves out the chrome cut for
// what it is (shortwidgets.go); and a <main> wrapped in one or two more
// divs is still found (content.go). A thread whose replies were cut is a
// story from five words of its first post (shortthread.go), without the
// line that names the post's author (postauthor.go). metamorphic_test.go
// adds ordinary chrome around the story of every tune page and wants the
// same text back; metamorphic_recall_test.go adds story content (lists, a
// table, a quote, paragraphs of several shapes) and wants it kept;
// metamorphic_pagetype_test.go puts walls, error notices, app interstitials, empty shells and paywall
// stubs in the story's place, keeping the template and its metadata, and
// wants the page type, the reason and nothing for the tagger. The rules
// that read such walls in an article's template are in pagetype_walls.go.
// metamorphic_structure_test.go rewrites the story's own markup (and strips
// or hashes every class name); the chrome that only names used to mark is
// read by its shape in recipecard.go (a card's times, rating, yield and
// closing call), callbox.go (a short box with one control after the
// story's running text) and captionrun.go (a caption among bare <div>s).
//
// Each heuristic lives in a file of its own with a table test beside it,
// in the order HTML runs them: siterules.go (per-site selectors),
// structure.go and boilerplate.go (chrome by tag, role, class, id and
// visibility), labelbox.go (boxes headed by a label such as "See also" or
// "Sponsored"), candidates.go and content.go (readability scoring of
// blocks, the winner and the siblings that join it: a standfirst after the
// <h1> and story content of other shapes there, between two blocks of the
// story and right after its last (key points, steps, a data table, a
// quote, a definition list of sentences, a paragraph with links in its
// sentences; storyshapes.go; a page builder's story is followed to its
// sibling sections past widgets without sentences, onlyTextBlock), a data
// table or an unlinked box of facts right after the story, a block of one
// subhead between two blocks of the story, a summary box of sentences
// right before it (summarybox.go) and a conclusion box of a heading and a
// few paragraphs right after it (closingbox.go); stats.go and
// classweight.go feed them), then inside the chosen content
// contentboxes.go (meta and link boxes), comments.go (comment threads
// found by their repeated controls), cutoff.go (lines that end the story
// or open an inline box), headline.go (the headline repeated and the
// chrome before it), lines.go (byline, date, menu and link-list lines),
// headings.go, tail.go (teaser lists, cut-off snippets and runs of short
// link lines), datedlists.go (dated related lists, imperative promo lines,
// promo boxes set into the story) and pullquote.go (what trails the story). The
// kinds they count in Article.Removed are the Kind constants (kinds.go).
//
// An Extractor made WithSiteMemory also reads a page against the other
// pages of its site (sitememory.go, repeated.go): a block of the chosen
// content seen on other stories of the same host is the site's, not the
// story's, and goes (KindRepeated). The memory is bounded (hosts in LRU
// order, blocks per host), tells pages apart by their story so that a
// story at two addresses does not erase itself, and makes a page's result
// depend on the pages of its host read before it. extract.HTML reads each
// page alone.
package extract

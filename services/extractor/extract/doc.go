// Package extract turns one fetched HTML page into a newsflow Article: the
// main text as clean paragraphs plus the page's metadata (canonical URL,
// title, byline, publication time, language, site name, lead image), or the
// story teasers of a listing page.
//
// Invariants:
//   - HTML parses each page once, never panics and runs in time and memory
//     roughly linear in the size of the page, also on pathological markup
//     (deep nesting, huge attribute values, endless siblings).
//   - A page without editorial text (consent wall, error page, login wall)
//     is a PAGE_TYPE_NON_ARTICLE Article with no paragraphs, not an error.
//   - Boilerplate is removed by structure first (navigation, share bars,
//     cookie banners, related lists ...), then by text rules kept as data in
//     rules/*.txt, then by optional per-site selectors (rules/sites.txt). No
//     rule names a particular outlet unless it sits in the per-site file.
//   - Paragraph text is NFC, whitespace (including NBSP) collapsed to single
//     spaces, trimmed; empty paragraphs are dropped.
//   - Every Article carries Version; a behaviour change bumps it so that a
//     re-extraction replaces older records.
package extract

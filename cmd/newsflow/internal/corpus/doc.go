// Package corpus generates realistic news article pages for benchmarks and
// load tests: four differently built layouts (semantic article, div soup,
// bare text runs separated by <br><br>, a Bootstrap-style wire page) with the
// chrome real sites carry (navigation, cookie and newsletter boxes, share
// bars, related-story lists, inline scripts and styles, JSON-LD), article
// bodies drawn from the sentences of the bundled seed stories, and sizes
// spread log-uniformly from 2 KB to 200 KB.
//
// Page(seed, i) is deterministic, so a benchmark can regenerate any page
// instead of holding all of them in memory.
package corpus

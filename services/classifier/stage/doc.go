// Package stage is the classifier as a pipeline stage: it consumes Article
// records from NEWS_ARTICLES, tags them with package classify, and publishes
// each TaggedArticle on news.tagged.<source>, plus an index copy on
// news.actor.<actor>.<source> per actor and news.topic.<topic>.<source> per
// topic. Non-article pages pass through untagged so that nothing vanishes
// between stages; the sink decides what to store.
//
// The classifier is held behind an atomic pointer so the taxonomy can be
// swapped while messages flow.
package stage

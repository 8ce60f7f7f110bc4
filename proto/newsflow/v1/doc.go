// Package newsflowv1 is newsflow's public record schema, generated from
// proto/newsflow/v1/*.proto: RawPage (news.raw.<source>), Article
// (news.articles.<source>), TaggedArticle (news.tagged.<source> and the
// actor/topic index subjects) and DeadLetter (news.dlq.<stage>). Fields are
// only ever added within v1.
package newsflowv1

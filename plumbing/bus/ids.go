package bus

import (
	"strconv"
	"strings"
)

// Message ids. Every record derived from a page carries the page's record
// id, and its Nats-Msg-Id adds the versions of what produced it, so that
// a redelivery (same versions) is deduplicated by the stream while a
// re-extraction or re-classification by a newer version is not:
//
//	news.raw.<source>              id
//	news.articles.<source>         id:ev
//	news.tagged.<source>           id:ev:tv
//	news.actor.<actor>.<source>    id:ev:tv:actor:<actor id>
//	news.topic.<code>.<source>     id:ev:tv:topic:<topic code>
//	news.dlq.<stage>               dlq:<stage>:<stream>:<stream sequence>
//
// ev is the extractor version, tv the taxonomy version.

// RawMsgID is the Nats-Msg-Id of a RawPage: the record id.
func RawMsgID(recordID string) string { return recordID }

// ArticleMsgID is the Nats-Msg-Id of an Article: id:ev.
func ArticleMsgID(recordID, extractorVersion string) string {
	return recordID + ":" + extractorVersion
}

// TaggedMsgID is the Nats-Msg-Id of a TaggedArticle: id:ev:tv.
func TaggedMsgID(recordID, extractorVersion, taxonomyVersion string) string {
	return ArticleMsgID(recordID, extractorVersion) + ":" + taxonomyVersion
}

// ActorMsgID is the Nats-Msg-Id of the actor index copy of a tagged
// record whose own id is tagged.
func ActorMsgID(tagged, actorID string) string { return tagged + ":actor:" + actorID }

// TopicMsgID is the Nats-Msg-Id of the topic index copy of a tagged
// record whose own id is tagged; code is the full Media Topic code.
func TopicMsgID(tagged, code string) string { return tagged + ":topic:" + code }

// DeadLetterMsgID is the Nats-Msg-Id of the dead letter of the message at
// seq in stream, so that dead-lettering the same delivery twice (a term
// that was lost) stores one dead letter.
func DeadLetterMsgID(stage, stream string, seq uint64) string {
	return "dlq:" + stage + ":" + stream + ":" + strconv.FormatUint(seq, 10)
}

// TopicToken is the subject token of a Media Topic code: the code without
// its scheme ("medtop:20000103" → "20000103").
func TopicToken(code string) string {
	if i := strings.LastIndexByte(code, ':'); i >= 0 {
		code = code[i+1:]
	}
	return Token(code)
}

// SubjectSource returns the source token of a record subject: the last
// token of news.raw.<source>, news.articles.<source>, news.tagged.<source>,
// news.actor.<actor>.<source> and news.topic.<code>.<source>. ok is false
// for any other subject.
func SubjectSource(subject string) (source string, ok bool) {
	tokens := strings.Split(subject, ".")
	want := 0
	switch strings.Join(tokens[:min(2, len(tokens))], ".") {
	case PrefixRaw, PrefixArticles, PrefixTagged:
		want = 3
	case PrefixActor, PrefixTopic:
		want = 4
	default:
		return "", false
	}
	if len(tokens) != want || !ValidToken(tokens[want-1]) {
		return "", false
	}
	return tokens[want-1], true
}

package bus

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/textproto"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	semconv "go.opentelemetry.io/otel/semconv/v1.37.0"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// Header names carried by every newsflow message.
const (
	HeaderContentType = "Content-Type"
	HeaderMessageType = "Newsflow-Message-Type"
	HeaderRecordID    = "Newsflow-Record-Id"
	// HeaderDigest is "sha256=<hex>" of the record's content (see
	// Digest), compared with the stored message when the stream answers a
	// publish as a duplicate.
	HeaderDigest = "Newsflow-Digest"
	ContentType  = "application/protobuf"
	// ContentTypeJSON marks a protojson message (the JSON mirror).
	ContentTypeJSON = "application/json"
)

// marshal encodes records deterministically (map fields in key order), so
// that the same record always has the same bytes and the same digest.
var marshal = proto.MarshalOptions{Deterministic: true}

// Publish deadlines. A JetStream publish is a request whose reply can be
// lost for good (a server restarted between request and ack, a reconnect
// that drops the reply subscription), so no attempt may wait on the
// caller's deadline alone: each attempt gets its own, and a lost one is
// sent again under the same Nats-Msg-Id, which the stream deduplicates.
const (
	// DefaultAttemptTimeout bounds one publish attempt.
	DefaultAttemptTimeout = 5 * time.Second
	// DefaultPublishBudget bounds a whole publish, retries included, when
	// the caller's context has no deadline.
	DefaultPublishBudget = 30 * time.Second
)

// jsonOptions encode the JSON mirror: proto field names, as the README and
// the JSON Schema in proto/releases document them.
var jsonOptions = protojson.MarshalOptions{UseProtoNames: true}

// Publisher publishes protobuf records to JetStream and waits for the
// stream's ack, so a nil error means the record is durably stored.
type Publisher struct {
	js      jetstream.JetStream
	tracer  trace.Tracer
	prop    propagation.TextMapPropagator
	attempt time.Duration
	budget  time.Duration
}

// PublisherOption configures a Publisher.
type PublisherOption func(*Publisher)

// WithPublishTimeouts sets the deadline of one attempt and the budget of a
// whole publish when the caller's context has none. Zero keeps a default.
func WithPublishTimeouts(attempt, budget time.Duration) PublisherOption {
	return func(p *Publisher) {
		if attempt > 0 {
			p.attempt = attempt
		}
		if budget > 0 {
			p.budget = budget
		}
	}
}

// NewPublisher returns a Publisher that traces with tp and carries trace
// context with prop.
func NewPublisher(js jetstream.JetStream, tp trace.TracerProvider, prop propagation.TextMapPropagator, opts ...PublisherOption) *Publisher {
	p := &Publisher{
		js: js, tracer: tp.Tracer("github.com/newsflow/newsflow/plumbing/bus"), prop: prop,
		attempt: DefaultAttemptTimeout, budget: DefaultPublishBudget,
	}
	for _, o := range opts {
		o(p)
	}
	return p
}

// bound gives ctx the publish budget when it has no deadline of its own.
func (p *Publisher) bound(ctx context.Context) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok {
		return ctx, func() {}
	}
	return context.WithTimeout(ctx, p.budget)
}

// retryable reports whether a failed publish attempt may succeed when sent
// again: anything but an answer that cannot change (the server refused the
// message, or it can never fit). A refusal for want of storage is not
// retried here either: it lasts until space is freed, which the caller
// waits for (the delivery core backs off and stops pulling), rather than
// every publish spending its budget on it.
func retryable(err error) bool {
	var apiErr *jetstream.APIError
	switch {
	case errors.As(err, &apiErr),
		errors.Is(err, nats.ErrMaxPayload),
		errors.Is(err, nats.ErrBadSubject),
		errors.Is(err, nats.ErrInvalidMsg),
		errors.Is(err, nats.ErrConnectionClosed),
		errors.Is(err, jetstream.ErrJetStreamPublisherClosed):
		return false
	}
	return true
}

// retryWait is the pause before attempt n+1: 50 ms doubling to 2 s, jittered.
func retryWait(n int) time.Duration {
	d := 50 * time.Millisecond << min(n, 6)
	d = min(d, 2*time.Second)
	return d/2 + rand.N(d/2+1)
}

// Publish sends m on subject with Nats-Msg-Id msgID (deduplicated by the
// stream within its duplicate window) and returns after the stream acked it.
// A duplicate ack counts as success: the record is already stored.
//
// A duplicate ack counts as success only when the stored message has this
// record's digest; otherwise someone published first under msgID and the
// error wraps ErrPreempted.
func (p *Publisher) Publish(ctx context.Context, subject, msgID string, m Message) error {
	return p.publish(ctx, Outgoing{Subject: subject, MsgID: msgID, Msg: m})
}

// publish encodes o (protobuf, or protojson for the JSON mirror) and sends
// it with bounded retries.
func (p *Publisher) publish(ctx context.Context, o Outgoing) error {
	data, digest, err := encode(o.Msg, o.JSON)
	if err != nil {
		return err
	}
	return p.publishBytes(ctx, o.Subject, o.MsgID, RecordID(o.Msg), string(o.Msg.ProtoReflect().Descriptor().FullName()), contentType(o.JSON), digest, data)
}

// encode returns what goes on the wire for m and the record's digest. The
// digest is always that of the deterministic protobuf encoding, so a JSON
// mirror copy carries the same digest as the record it mirrors.
func encode(m Message, asJSON bool) (data []byte, digest string, err error) {
	name := m.ProtoReflect().Descriptor().FullName()
	if data, err = marshal.Marshal(m); err != nil {
		return nil, "", fmt.Errorf("encoding %s: %w", name, err)
	}
	if digest, err = Digest(m, data); err != nil {
		return nil, "", err
	}
	if asJSON {
		if data, err = jsonOptions.Marshal(m); err != nil {
			return nil, "", fmt.Errorf("encoding %s as JSON: %w", name, err)
		}
	}
	return data, digest, nil
}

func contentType(asJSON bool) string {
	if asJSON {
		return ContentTypeJSON
	}
	return ContentType
}

// Digest is the content digest of record m (a RawPage, Article or
// TaggedArticle) encoded as data: "sha256=" and the hex SHA-256 of its
// deterministic encoding, leaving out the times that say when a stage ran
// rather than what it produced (RawPage.fetched_at,
// TaggedArticle.classified_at), so that a record produced again for a
// redelivery has the digest of the one stored the first time. Other
// messages have none ("").
func Digest(m Message, data []byte) (string, error) {
	var skip protowire.Number // a top-level field left out, 0 for none
	switch m.(type) {
	case *newsv1.RawPage:
		skip = rawFetchedAt
	case *newsv1.Article:
	case *newsv1.TaggedArticle:
		skip = taggedClassifiedAt
	default:
		// Not a record: dead letters and the like have ids unique to one
		// delivery and carry the time they were made.
		return "", nil
	}
	h := sha256.New()
	for rest := data; len(rest) > 0; {
		num, _, field := protowire.ConsumeField(rest)
		if field < 0 {
			return "", fmt.Errorf("digesting %s: %w", m.ProtoReflect().Descriptor().FullName(), protowire.ParseError(field))
		}
		if num != skip {
			h.Write(rest[:field])
		}
		rest = rest[field:]
	}
	return "sha256=" + hex.EncodeToString(h.Sum(nil)), nil
}

// Field numbers Digest leaves out (proto/newsflow/v1).
const (
	rawFetchedAt       protowire.Number = 10 // RawPage.fetched_at
	taggedClassifiedAt protowire.Number = 7  // TaggedArticle.classified_at
)

// checkDuplicate reads the message the stream stored under a duplicate
// ack and reports ErrPreempted when its digest is not ours. It asks for
// that one message ($JS.API.STREAM.MSG.GET.<stream>, the only permission
// it needs) rather than looking the stream up first. Messages without a
// digest (dead letters, whose ids are unique per delivery) are not checked.
func (p *Publisher) checkDuplicate(ctx context.Context, ack *jetstream.PubAck, msgID, digest string) error {
	if digest == "" {
		return nil
	}
	nc := p.js.Conn()
	if nc == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, p.attempt)
	defer cancel()
	req := fmt.Appendf(nil, `{"seq":%d}`, ack.Sequence)
	resp, err := nc.RequestWithContext(ctx, "$JS.API.STREAM.MSG.GET."+ack.Stream, req)
	if err != nil {
		return fmt.Errorf("reading the message stored as %s (%s #%d): %w", msgID, ack.Stream, ack.Sequence, err)
	}
	var got struct {
		Message struct {
			Header []byte `json:"hdrs"`
		} `json:"message"`
		Error *jetstream.APIError `json:"error"`
	}
	if err := json.Unmarshal(resp.Data, &got); err != nil {
		return fmt.Errorf("decoding the message stored as %s (%s #%d): %w", msgID, ack.Stream, ack.Sequence, err)
	}
	if got.Error != nil {
		return fmt.Errorf("reading the message stored as %s (%s #%d): %w", msgID, ack.Stream, ack.Sequence, got.Error)
	}
	stored := headerValue(got.Message.Header, HeaderDigest)
	if stored != digest {
		return fmt.Errorf("publishing %s: %w (%s #%d has digest %q, ours is %q)", msgID, ErrPreempted, ack.Stream, ack.Sequence, stored, digest)
	}
	return nil
}

// headerValue returns the first value of key in a NATS header block
// ("NATS/1.0\r\nKey: value\r\n...\r\n\r\n"), or "".
func headerValue(block []byte, key string) string {
	_, rest, ok := bytes.Cut(block, []byte("\r\n"))
	if !ok {
		return ""
	}
	h, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(rest))).ReadMIMEHeader()
	if err != nil && len(h) == 0 {
		return ""
	}
	if vs := h[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// RecordID returns the id of the newsflow record m carries, or "".
func RecordID(m Message) string {
	switch r := m.(type) {
	case interface{ GetArticle() *newsv1.Article }:
		return r.GetArticle().GetId()
	case interface{ GetRecordId() string }:
		return r.GetRecordId()
	case interface{ GetId() string }:
		return r.GetId()
	}
	return ""
}

// Outgoing is one message of a PublishAll.
type Outgoing struct {
	Subject string
	MsgID   string
	Msg     Message
	// JSON sends Msg as protojson (Content-Type application/json) instead
	// of binary protobuf.
	JSON bool
}

// PublishAll sends every message without waiting in between and returns
// once the stream acked all of them, so that a stage fanning one input out
// to several subjects pays one round trip, not one per subject. On error
// some messages may be stored; publishing the same batch again is safe
// because every message carries its Nats-Msg-Id.
func (p *Publisher) PublishAll(ctx context.Context, out []Outgoing) error {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	failed, err := p.publishAllOnce(ctx, out)
	// What failed is sent again one by one, each with its own bounded
	// retries; the messages that did land are not sent twice.
	if len(failed) > 0 && err == nil {
		var errs []error
		for _, o := range failed {
			if err := p.publish(ctx, o); err != nil {
				errs = append(errs, err)
			}
		}
		return joinPublishErrs(errs)
	}
	return err
}

// publishAllOnce sends out asynchronously and waits at most one attempt
// timeout for the acks. It returns the messages whose publish failed in a
// way worth retrying, or a final error.
func (p *Publisher) publishAllOnce(ctx context.Context, out []Outgoing) ([]Outgoing, error) {
	waitCtx, cancel := context.WithTimeout(ctx, p.attempt)
	defer cancel()
	var retry []Outgoing
	type pending struct {
		fut    jetstream.PubAckFuture
		span   trace.Span
		o      Outgoing
		digest string
	}
	inflight := make([]pending, 0, len(out))
	var errs []error
	// Index copies carry the same message as the record: encode it once.
	var last Message
	var lastJSON bool
	var data []byte
	var digest string
	for _, o := range out {
		if o.Msg != last || o.JSON != lastJSON || data == nil {
			var err error
			data, digest, err = encode(o.Msg, o.JSON)
			if err != nil {
				errs = append(errs, err)
				last, data = nil, nil
				continue
			}
			last, lastJSON = o.Msg, o.JSON
		}
		msg, span := p.message(ctx, o.Subject, o.MsgID, RecordID(o.Msg), string(o.Msg.ProtoReflect().Descriptor().FullName()), contentType(o.JSON), digest, data)
		fut, err := p.js.PublishMsgAsync(msg, jetstream.WithMsgID(o.MsgID))
		if err != nil {
			fail(span, err)
			span.End()
			if retryable(err) {
				retry = append(retry, o)
				continue
			}
			errs = append(errs, fmt.Errorf("publishing %s to %s: %w", o.MsgID, o.Subject, storageFull(err)))
			continue
		}
		inflight = append(inflight, pending{fut: fut, span: span, o: o, digest: digest})
	}
	for _, pe := range inflight {
		select {
		case ack := <-pe.fut.Ok():
			pe.span.SetAttributes(attribute.Bool("newsflow.duplicate", ack.Duplicate), attribute.Int64("newsflow.stream_seq", int64(ack.Sequence)))
			if ack.Duplicate {
				if err := p.checkDuplicate(ctx, ack, pe.o.MsgID, pe.digest); err != nil {
					fail(pe.span, err)
					errs = append(errs, err)
				}
			}
		case err := <-pe.fut.Err():
			fail(pe.span, err)
			if retryable(err) && ctx.Err() == nil {
				retry = append(retry, pe.o)
			} else {
				errs = append(errs, fmt.Errorf("publishing %s to %s: %w", pe.o.MsgID, pe.o.Subject, storageFull(err)))
			}
		case <-waitCtx.Done():
			fail(pe.span, waitCtx.Err())
			if ctx.Err() == nil {
				retry = append(retry, pe.o)
			} else {
				errs = append(errs, fmt.Errorf("publishing %s to %s: %w", pe.o.MsgID, pe.o.Subject, ctx.Err()))
			}
		}
		pe.span.End()
	}
	return retry, joinPublishErrs(errs)
}

// joinPublishErrs joins the failures of one PublishAll. When JetStream
// refused all of them for want of storage, the first stands for the rest:
// one line rather than one per index copy.
func joinPublishErrs(errs []error) error {
	if len(errs) < 2 {
		return errors.Join(errs...)
	}
	for _, err := range errs {
		if !IsStorageFull(err) {
			return errors.Join(errs...)
		}
	}
	return fmt.Errorf("%w (and %d more messages of the same publish)", errs[0], len(errs)-1)
}

func fail(span trace.Span, err error) {
	span.RecordError(err)
	span.SetStatus(codes.Error, "publish failed")
}

// message builds the NATS message and starts its producer span; the caller
// ends the span.
func (p *Publisher) message(ctx context.Context, subject, msgID, recordID, msgType, contentType, digest string, data []byte) (*nats.Msg, trace.Span) {
	ctx, span := p.tracer.Start(ctx, "send "+subject, trace.WithSpanKind(trace.SpanKindProducer))
	// Attributes only for a span that is recorded: without an exporter
	// (or unsampled) they would be built for every message and dropped.
	if span.IsRecording() {
		span.SetAttributes(
			semconv.MessagingSystemKey.String("nats"),
			semconv.MessagingOperationTypeSend,
			semconv.MessagingOperationName("send"),
			semconv.MessagingDestinationName(subject),
			semconv.MessagingMessageID(msgID),
			semconv.MessagingMessageBodySize(len(data)),
			attribute.String("newsflow.message_type", msgType))
		if recordID != "" {
			span.SetAttributes(attribute.String("newsflow.record_id", recordID))
		}
	}
	// The keys are in canonical form already: set without Header.Set's
	// canonicalisation and its slice per call.
	h := make(nats.Header, 8)
	h[HeaderContentType] = []string{contentType}
	h[HeaderMessageType] = []string{msgType}
	if digest != "" {
		h[HeaderDigest] = []string{digest}
	}
	if recordID != "" {
		h[HeaderRecordID] = []string{recordID}
	}
	msg := &nats.Msg{Subject: subject, Header: h, Data: data}
	p.prop.Inject(ctx, propagation.HeaderCarrier(msg.Header))
	return msg, span
}

func (p *Publisher) publishBytes(ctx context.Context, subject, msgID, recordID, msgType, contentType, digest string, data []byte) error {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	msg, span := p.message(ctx, subject, msgID, recordID, msgType, contentType, digest, data)
	defer span.End()
	for attempt := 0; ; attempt++ {
		ack, err := p.publishAttempt(ctx, msg, msgID)
		if err == nil {
			span.SetAttributes(
				attribute.Bool("newsflow.duplicate", ack.Duplicate),
				attribute.Int64("newsflow.stream_seq", int64(ack.Sequence)),
				attribute.Int("newsflow.publish_attempts", attempt+1))
			if ack.Duplicate {
				if err := p.checkDuplicate(ctx, ack, msgID, digest); err != nil {
					fail(span, err)
					return err
				}
			}
			return nil
		}
		if !retryable(err) || ctx.Err() != nil {
			fail(span, err)
			return fmt.Errorf("publishing %s to %s (attempt %d): %w", msgID, subject, attempt+1, storageFull(err))
		}
		select {
		case <-time.After(retryWait(attempt)):
		case <-ctx.Done():
			fail(span, err)
			return fmt.Errorf("publishing %s to %s (attempt %d): %w", msgID, subject, attempt+1, errors.Join(err, ctx.Err()))
		}
	}
}

// publishAttempt sends msg once and waits at most one attempt timeout.
func (p *Publisher) publishAttempt(ctx context.Context, msg *nats.Msg, msgID string) (*jetstream.PubAck, error) {
	ctx, cancel := context.WithTimeout(ctx, p.attempt)
	defer cancel()
	return p.js.PublishMsg(ctx, msg, jetstream.WithMsgID(msgID))
}

// Message is a protobuf record.
type Message = proto.Message

// maxPayload is the connection's maximum message size, or 0 when unknown.
func (p *Publisher) maxPayload() int {
	if nc := p.js.Conn(); nc != nil {
		return int(nc.MaxPayload())
	}
	return 0
}

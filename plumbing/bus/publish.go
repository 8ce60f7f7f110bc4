package bus

import (
	"context"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	semconv "go.opentelemetry.io/otel/semconv/v1.37.0"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// Header names carried by every newsflow message.
const (
	HeaderContentType = "Content-Type"
	HeaderMessageType = "Newsflow-Message-Type"
	HeaderRecordID    = "Newsflow-Record-Id"
	ContentType       = "application/protobuf"
	// ContentTypeJSON marks a protojson message (the JSON mirror).
	ContentTypeJSON = "application/json"
)

// jsonOptions encode the JSON mirror: proto field names, as the README and
// the JSON Schema in proto/releases document them.
var jsonOptions = protojson.MarshalOptions{UseProtoNames: true}

// Publisher publishes protobuf records to JetStream and waits for the
// stream's ack, so a nil error means the record is durably stored.
type Publisher struct {
	js     jetstream.JetStream
	tracer trace.Tracer
	prop   propagation.TextMapPropagator
}

// NewPublisher returns a Publisher that traces with tp and carries trace
// context with prop.
func NewPublisher(js jetstream.JetStream, tp trace.TracerProvider, prop propagation.TextMapPropagator) *Publisher {
	return &Publisher{js: js, tracer: tp.Tracer("github.com/newsflow/newsflow/plumbing/bus"), prop: prop}
}

// Publish sends m on subject with Nats-Msg-Id msgID (deduplicated by the
// stream within its duplicate window) and returns after the stream acked it.
// A duplicate ack counts as success: the record is already stored.
func (p *Publisher) Publish(ctx context.Context, subject, msgID string, m Message) error {
	data, err := proto.Marshal(m)
	if err != nil {
		return fmt.Errorf("encoding %s: %w", m.ProtoReflect().Descriptor().FullName(), err)
	}
	return p.publishBytes(ctx, subject, msgID, RecordID(m), string(m.ProtoReflect().Descriptor().FullName()), data)
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
	type pending struct {
		fut  jetstream.PubAckFuture
		span trace.Span
		o    Outgoing
	}
	inflight := make([]pending, 0, len(out))
	var errs []error
	// Index copies carry the same message as the record: encode it once.
	var last Message
	var lastJSON bool
	var data []byte
	for _, o := range out {
		if o.Msg != last || o.JSON != lastJSON || data == nil {
			var err error
			if o.JSON {
				data, err = jsonOptions.Marshal(o.Msg)
			} else {
				data, err = proto.Marshal(o.Msg)
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("encoding %s: %w", o.Msg.ProtoReflect().Descriptor().FullName(), err))
				last, data = nil, nil
				continue
			}
			last, lastJSON = o.Msg, o.JSON
		}
		msg, span := p.message(ctx, o.Subject, o.MsgID, RecordID(o.Msg), string(o.Msg.ProtoReflect().Descriptor().FullName()), data)
		if o.JSON {
			msg.Header.Set(HeaderContentType, ContentTypeJSON)
		}
		fut, err := p.js.PublishMsgAsync(msg, jetstream.WithMsgID(o.MsgID))
		if err != nil {
			fail(span, err)
			span.End()
			errs = append(errs, fmt.Errorf("publishing %s to %s: %w", o.MsgID, o.Subject, err))
			continue
		}
		inflight = append(inflight, pending{fut: fut, span: span, o: o})
	}
	for _, pe := range inflight {
		select {
		case ack := <-pe.fut.Ok():
			pe.span.SetAttributes(attribute.Bool("newsflow.duplicate", ack.Duplicate), attribute.Int64("newsflow.stream_seq", int64(ack.Sequence)))
		case err := <-pe.fut.Err():
			fail(pe.span, err)
			errs = append(errs, fmt.Errorf("publishing %s to %s: %w", pe.o.MsgID, pe.o.Subject, err))
		case <-ctx.Done():
			fail(pe.span, ctx.Err())
			errs = append(errs, fmt.Errorf("publishing %s to %s: %w", pe.o.MsgID, pe.o.Subject, ctx.Err()))
		}
		pe.span.End()
	}
	return errors.Join(errs...)
}

func fail(span trace.Span, err error) {
	span.RecordError(err)
	span.SetStatus(codes.Error, "publish failed")
}

// message builds the NATS message and starts its producer span; the caller
// ends the span.
func (p *Publisher) message(ctx context.Context, subject, msgID, recordID, msgType string, data []byte) (*nats.Msg, trace.Span) {
	ctx, span := p.tracer.Start(ctx, "send "+subject,
		trace.WithSpanKind(trace.SpanKindProducer),
		trace.WithAttributes(
			semconv.MessagingSystemKey.String("nats"),
			semconv.MessagingOperationTypeSend,
			semconv.MessagingOperationName("send"),
			semconv.MessagingDestinationName(subject),
			semconv.MessagingMessageID(msgID),
			semconv.MessagingMessageBodySize(len(data)),
			attribute.String("newsflow.message_type", msgType),
		))
	msg := nats.NewMsg(subject)
	msg.Data = data
	msg.Header.Set(HeaderContentType, ContentType)
	msg.Header.Set(HeaderMessageType, msgType)
	if recordID != "" {
		msg.Header.Set(HeaderRecordID, recordID)
		span.SetAttributes(attribute.String("newsflow.record_id", recordID))
	}
	p.prop.Inject(ctx, propagation.HeaderCarrier(msg.Header))
	return msg, span
}

func (p *Publisher) publishBytes(ctx context.Context, subject, msgID, recordID, msgType string, data []byte) error {
	msg, span := p.message(ctx, subject, msgID, recordID, msgType, data)
	defer span.End()
	ack, err := p.js.PublishMsg(ctx, msg, jetstream.WithMsgID(msgID))
	if err != nil {
		fail(span, err)
		return fmt.Errorf("publishing %s to %s: %w", msgID, subject, err)
	}
	span.SetAttributes(attribute.Bool("newsflow.duplicate", ack.Duplicate), attribute.Int64("newsflow.stream_seq", int64(ack.Sequence)))
	return nil
}

// Message is a protobuf record.
type Message = proto.Message

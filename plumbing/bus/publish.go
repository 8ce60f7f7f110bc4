package bus

import (
	"context"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	semconv "go.opentelemetry.io/otel/semconv/v1.37.0"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/protobuf/proto"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// Header names carried by every newsflow message.
const (
	HeaderContentType = "Content-Type"
	HeaderMessageType = "Newsflow-Message-Type"
	HeaderRecordID    = "Newsflow-Record-Id"
	ContentType       = "application/protobuf"
)

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

func (p *Publisher) publishBytes(ctx context.Context, subject, msgID, recordID, msgType string, data []byte) error {
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
	defer span.End()

	msg := nats.NewMsg(subject)
	msg.Data = data
	msg.Header.Set(HeaderContentType, ContentType)
	msg.Header.Set(HeaderMessageType, msgType)
	if recordID != "" {
		msg.Header.Set(HeaderRecordID, recordID)
		span.SetAttributes(attribute.String("newsflow.record_id", recordID))
	}
	p.prop.Inject(ctx, propagation.HeaderCarrier(msg.Header))

	ack, err := p.js.PublishMsg(ctx, msg, jetstream.WithMsgID(msgID))
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "publish failed")
		return fmt.Errorf("publishing %s to %s: %w", msgID, subject, err)
	}
	span.SetAttributes(attribute.Bool("newsflow.duplicate", ack.Duplicate), attribute.Int64("newsflow.stream_seq", int64(ack.Sequence)))
	return nil
}

// Message is a protobuf record.
type Message = proto.Message

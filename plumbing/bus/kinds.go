package bus

// Kind says why a message was dead-lettered. Its values are the
// DeadLetter.kind strings documented in proto/newsflow/v1/deadletter.proto,
// and the outcome label of the newsflow.messages.processed metric.
type Kind string

// Dead-letter kinds.
const (
	// KindDecode: the payload is not the protobuf message the subject carries.
	KindDecode Kind = "decode"
	// KindPermanent: the handler said retrying cannot help (bad input).
	KindPermanent Kind = "permanent"
	// KindInvalid: the record decoded but breaks the schema's rules (the
	// sink's validation).
	KindInvalid Kind = "invalid"
	// KindPanic: the handler panicked; the dead letter keeps the stack.
	KindPanic Kind = "panic"
	// KindMaxDeliveries: transient failures went on for MaxDeliver deliveries.
	KindMaxDeliveries Kind = "max_deliveries"
	// KindForged: the record does not prove itself: its id is not the id of
	// the URL it carries, its source is not its subject's, or the stream
	// already holds a different message under its Nats-Msg-Id.
	KindForged Kind = "forged"
	// KindTooLarge: the record or its output can never fit a message.
	KindTooLarge Kind = "too_large"
)

// Kinds lists every dead-letter kind, for documentation and tests.
var Kinds = []Kind{KindDecode, KindPermanent, KindInvalid, KindPanic, KindMaxDeliveries, KindForged, KindTooLarge}

// kindRetry is the metric outcome of a transient failure (not dead-lettered).
const kindRetry Kind = "retry"

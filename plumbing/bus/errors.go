package bus

import (
	"errors"
	"fmt"
	"strings"

	"github.com/nats-io/nats.go/jetstream"
)

// ErrInvalidToken is returned for a subject token outside [a-z0-9_-].
var ErrInvalidToken = errors.New("bus: invalid subject token")

// ErrPreempted is returned by a publish whose Nats-Msg-Id the stream
// already holds for a different message: someone published first under
// the id, so the stored record is not ours and the publish did not
// happen.
var ErrPreempted = errors.New("bus: stream holds a different message under this Nats-Msg-Id")

// PermanentError marks a failure that retrying cannot fix (bad input). The
// delivery core dead-letters the message instead of redelivering it.
type PermanentError struct {
	// Kind classifies the failure for the dead letter and metrics.
	Kind Kind
	Err  error
}

func (e *PermanentError) Error() string { return e.Err.Error() }

func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err so that the delivery core dead-letters the message.
func Permanent(err error) error {
	return PermanentKind(KindPermanent, err)
}

// PermanentKind is Permanent with a failure kind.
func PermanentKind(kind Kind, err error) error {
	if err == nil {
		return nil
	}
	return &PermanentError{Kind: kind, Err: err}
}

// IsPermanent reports whether err (or anything it wraps) is permanent.
func IsPermanent(err error) bool {
	_, ok := errors.AsType[*PermanentError](err)
	return ok
}

// KindOf returns the dead-letter kind of err, or "" for a transient error
// (one that is retried).
func KindOf(err error) Kind {
	if pe, ok := errors.AsType[*PermanentError](err); ok {
		return pe.Kind
	}
	return ""
}

// PanicError is what a handler's panic becomes: the value and the stack
// of the goroutine that panicked, kept in the dead letter.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("handler panicked: %v", e.Value) }

// outageError marks a failure while the destination is down or full (a
// batching stage's probe failed, JetStream's storage is full): the message
// is retried without the delivery counting towards MaxDeliver, and never
// dead-lettered for it.
type outageError struct{ err error }

func (e *outageError) Error() string { return e.err.Error() }

func (e *outageError) Unwrap() error { return e.err }

// Outage marks err as an outage of the destination (a database whose disk
// is full, say): not the message's fault. The delivery core then naks the
// message without counting the delivery towards MaxDeliver, never
// dead-letters it for that, and the runner stops pulling for a while (see
// Runner and BatchRunner).
func Outage(err error) error {
	if err == nil || IsOutage(err) {
		return err
	}
	return &outageError{err: err}
}

// IsOutage reports whether err is an outage of the destination: marked by
// Outage, or a JetStream storage-full refusal (ErrStorageFull).
func IsOutage(err error) bool {
	if _, ok := errors.AsType[*outageError](err); ok {
		return true
	}
	return IsStorageFull(err)
}

// ErrStorageFull is what a publish wraps when JetStream refused to store
// the message for want of room: the server's or the account's storage
// limit is reached (the server's default limit is a share of the disk),
// or a stream that discards new messages is at its MaxBytes or MaxMsgs.
// The bus is full, which is no fault of the message: it is retried with
// backoff and never dead-lettered for it.
var ErrStorageFull = errors.New("JetStream storage full")

// IsStorageFull reports whether err is a refusal of JetStream for want of
// storage (wrapped as ErrStorageFull by a Publisher, or the API error
// itself).
func IsStorageFull(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, ErrStorageFull) {
		return true
	}
	var apiErr *jetstream.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.ErrorCode {
	case errCodeInsufficientResources, errCodeStorageResourcesExceeded,
		errCodeMemoryResourcesExceeded, errCodeAccountResourcesExceeded:
		return true
	case errCodeStreamStoreFailed:
		// A DiscardNew stream at its limits; the same code carries other
		// store failures, which are told apart by their description.
		d := strings.ToLower(apiErr.Description)
		return strings.Contains(d, "maximum bytes exceeded") ||
			strings.Contains(d, "maximum messages exceeded") ||
			strings.Contains(d, "no space left")
	}
	return false
}

// storageFull wraps a JetStream storage refusal as ErrStorageFull, so that
// the error says what happened in words before the server's code; other
// errors are returned unchanged.
func storageFull(err error) error {
	if err == nil || errors.Is(err, ErrStorageFull) || !IsStorageFull(err) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrStorageFull, err)
}

// JetStream API error codes of a storage refusal (nats-server's
// jetstream_errors_generated.go).
const (
	errCodeAccountResourcesExceeded jetstream.ErrorCode = 10002 // resource limits exceeded for account
	errCodeInsufficientResources    jetstream.ErrorCode = 10023 // insufficient resources
	errCodeMemoryResourcesExceeded  jetstream.ErrorCode = 10028 // insufficient memory resources available
	errCodeStorageResourcesExceeded jetstream.ErrorCode = 10047 // insufficient storage resources available
	errCodeStreamStoreFailed        jetstream.ErrorCode = 10077 // storing a message failed ({err})
)

package bus

import (
	"errors"
	"fmt"
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

// outageError marks a failure while the destination is down (a batching
// stage's probe failed): the message is retried without the delivery
// counting towards MaxDeliver.
type outageError struct{ err error }

func (e *outageError) Error() string { return e.err.Error() }

func (e *outageError) Unwrap() error { return e.err }

func isOutage(err error) bool {
	_, ok := errors.AsType[*outageError](err)
	return ok
}

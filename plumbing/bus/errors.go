package bus

import (
	"errors"
	"fmt"
)

// ErrInvalidToken is returned for a subject token outside [a-z0-9_-].
var ErrInvalidToken = errors.New("bus: invalid subject token")

// PermanentError marks a failure that retrying cannot fix (bad input). The
// consume loop dead-letters the message instead of redelivering it.
type PermanentError struct {
	// Kind classifies the failure for the dead letter and metrics, e.g. "decode".
	Kind string
	Err  error
}

func (e *PermanentError) Error() string { return e.Err.Error() }

func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err so that the consume loop dead-letters the message.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &PermanentError{Kind: "permanent", Err: err}
}

// PermanentKind is Permanent with a failure kind.
func PermanentKind(kind string, err error) error {
	if err == nil {
		return nil
	}
	return &PermanentError{Kind: kind, Err: err}
}

// IsPermanent reports whether err (or anything it wraps) is permanent.
func IsPermanent(err error) bool {
	var pe *PermanentError
	return errors.As(err, &pe)
}

type panicError struct{ v any }

func (e panicError) Error() string { return fmt.Sprintf("handler panicked: %v", e.v) }

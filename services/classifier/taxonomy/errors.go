package taxonomy

import "errors"

var (
	// ErrInvalid reports data that cannot be used at all (unknown parent,
	// unparsable rule, duplicate id).
	ErrInvalid = errors.New("taxonomy: invalid data")
	// ErrQuery reports a rule query that does not parse.
	ErrQuery = errors.New("taxonomy: malformed query")
	// ErrTooLarge reports a data file that decompresses past its bound.
	ErrTooLarge = errors.New("taxonomy: data file too large")
)

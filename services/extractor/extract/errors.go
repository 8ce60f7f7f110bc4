package extract

import "errors"

// ErrUndecodable reports a body that cannot be turned into UTF-8 text.
var ErrUndecodable = errors.New("extract: undecodable page body")

// ErrBadRule reports a malformed line in a rules file.
var ErrBadRule = errors.New("extract: malformed rule")

// ErrInternal reports a bug caught while extracting a page.
var ErrInternal = errors.New("extract: internal error")

package feedlist

import "errors"

// ErrInvalid is matched by every validation error.
var ErrInvalid = errors.New("feedlist: invalid feed list")

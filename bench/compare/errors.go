package compare

import "errors"

// ErrUnknownExtractor is returned by Lookup for a name it does not know.
var ErrUnknownExtractor = errors.New("compare: unknown extractor")

// Package schema builds the machine-readable forms of the newsflow.v1
// schema that are released with the code in proto/releases/v1/: the
// protobuf descriptor set (every newsflow.v1 file and its imports, for
// consumers that decode binary protobuf dynamically, e.g. protobuf.js or
// grpcurl-style tools) and a JSON Schema (draft 2020-12) of every message
// as protojson encodes it with proto field names (the JSON mirror's form).
//
// Both are built from the generated Go descriptors, so they cannot drift
// from the code: TestReleasedFilesFresh fails when the committed files
// differ from what the code would release; `go generate ./...` in proto/
// (or go test ./schema -update) rewrites them.
package schema

//go:generate go test -run TestReleasedFilesFresh -update .

package kvseen

import "errors"

// ErrBucketName is returned for a bucket name JetStream would reject.
var ErrBucketName = errors.New("kvseen: invalid bucket name")

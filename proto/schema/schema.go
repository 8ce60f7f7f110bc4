package schema

import (
	"encoding/json"
	"fmt"
	"slices"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/types/descriptorpb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// Package is the released protobuf package.
const Package = "newsflow.v1"

// files are the newsflow.v1 files, in dependency order with their imports.
func files() []protoreflect.FileDescriptor {
	roots := []protoreflect.FileDescriptor{
		newsv1.File_newsflow_v1_raw_proto,
		newsv1.File_newsflow_v1_article_proto,
		newsv1.File_newsflow_v1_tagged_proto,
		newsv1.File_newsflow_v1_deadletter_proto,
	}
	var out []protoreflect.FileDescriptor
	seen := map[string]bool{}
	var visit func(fd protoreflect.FileDescriptor)
	visit = func(fd protoreflect.FileDescriptor) {
		if seen[fd.Path()] {
			return
		}
		seen[fd.Path()] = true
		imps := fd.Imports()
		for i := range imps.Len() {
			visit(imps.Get(i).FileDescriptor)
		}
		out = append(out, fd)
	}
	for _, fd := range roots {
		visit(fd)
	}
	return out
}

// DescriptorSet is the FileDescriptorSet of newsflow.v1 and its imports,
// deterministically encoded.
func DescriptorSet() ([]byte, error) {
	set := &descriptorpb.FileDescriptorSet{}
	for _, fd := range files() {
		set.File = append(set.File, protodesc.ToFileDescriptorProto(fd))
	}
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(set)
	if err != nil {
		return nil, fmt.Errorf("encoding descriptor set: %w", err)
	}
	return b, nil
}

// Messages are the full names of every newsflow.v1 message, sorted.
func Messages() []protoreflect.FullName {
	var out []protoreflect.FullName
	var walk func(ms protoreflect.MessageDescriptors)
	walk = func(ms protoreflect.MessageDescriptors) {
		for i := range ms.Len() {
			m := ms.Get(i)
			if m.IsMapEntry() {
				continue
			}
			out = append(out, m.FullName())
			walk(m.Messages())
		}
	}
	for _, fd := range files() {
		if fd.Package() == Package {
			walk(fd.Messages())
		}
	}
	slices.Sort(out)
	return out
}

// JSONSchema is the JSON Schema of message name as protojson encodes it
// with proto field names; the messages it refers to are in its $defs.
func JSONSchema(name protoreflect.FullName) ([]byte, error) {
	d, err := protoregistry.GlobalFiles.FindDescriptorByName(name)
	if err != nil {
		return nil, fmt.Errorf("finding %s: %w", name, err)
	}
	md, ok := d.(protoreflect.MessageDescriptor)
	if !ok {
		return nil, fmt.Errorf("schema: %s is not a message", name)
	}
	defs := map[string]any{}
	var define func(md protoreflect.MessageDescriptor)
	define = func(md protoreflect.MessageDescriptor) {
		key := string(md.FullName())
		if _, ok := defs[key]; ok {
			return
		}
		defs[key] = nil // a cycle refers to itself by $ref
		defs[key] = messageSchema(md, define)
	}
	define(md)
	root := map[string]any{
		"$schema":     "https://json-schema.org/draft/2020-12/schema",
		"$id":         "https://github.com/newsflow/newsflow/proto/releases/v1/jsonschema/" + string(name) + ".schema.json",
		"title":       string(name),
		"description": fmt.Sprintf("%s as protojson with proto field names (the JSON mirror on news.json.>). 64-bit integers are strings, enums their value names, timestamps RFC 3339 strings; fields at their default value are omitted.", name),
		"$ref":        "#/$defs/" + string(name),
		"$defs":       defs,
	}
	b, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding schema of %s: %w", name, err)
	}
	return append(b, '\n'), nil
}

func messageSchema(md protoreflect.MessageDescriptor, define func(protoreflect.MessageDescriptor)) map[string]any {
	props := map[string]any{}
	fields := md.Fields()
	for i := range fields.Len() {
		fd := fields.Get(i)
		props[string(fd.Name())] = fieldSchema(fd, define)
	}
	return map[string]any{
		"type":                 "object",
		"properties":           props,
		"additionalProperties": false,
	}
}

func fieldSchema(fd protoreflect.FieldDescriptor, define func(protoreflect.MessageDescriptor)) map[string]any {
	switch {
	case fd.IsMap():
		return map[string]any{"type": "object", "additionalProperties": singular(fd.MapValue(), define)}
	case fd.IsList():
		return map[string]any{"type": "array", "items": singular(fd, define)}
	}
	return singular(fd, define)
}

// singular is the schema of one value of fd's type.
func singular(fd protoreflect.FieldDescriptor, define func(protoreflect.MessageDescriptor)) map[string]any {
	switch fd.Kind() {
	case protoreflect.BoolKind:
		return map[string]any{"type": "boolean"}
	case protoreflect.StringKind:
		return map[string]any{"type": "string"}
	case protoreflect.BytesKind:
		return map[string]any{"type": "string", "contentEncoding": "base64"}
	case protoreflect.Int32Kind, protoreflect.Sint32Kind, protoreflect.Sfixed32Kind:
		return map[string]any{"type": "integer", "minimum": -1 << 31, "maximum": 1<<31 - 1}
	case protoreflect.Uint32Kind, protoreflect.Fixed32Kind:
		return map[string]any{"type": "integer", "minimum": 0, "maximum": 1<<32 - 1}
	case protoreflect.Int64Kind, protoreflect.Sint64Kind, protoreflect.Sfixed64Kind:
		return map[string]any{"type": "string", "pattern": "^-?[0-9]+$", "description": "64-bit integer, as a decimal string"}
	case protoreflect.Uint64Kind, protoreflect.Fixed64Kind:
		return map[string]any{"type": "string", "pattern": "^[0-9]+$", "description": "unsigned 64-bit integer, as a decimal string"}
	case protoreflect.FloatKind, protoreflect.DoubleKind:
		return map[string]any{"anyOf": []any{
			map[string]any{"type": "number"},
			map[string]any{"type": "string", "enum": []any{"NaN", "Infinity", "-Infinity"}},
		}}
	case protoreflect.EnumKind:
		vals := fd.Enum().Values()
		names := make([]any, 0, vals.Len())
		for i := range vals.Len() {
			names = append(names, string(vals.Get(i).Name()))
		}
		return map[string]any{"type": "string", "enum": names}
	case protoreflect.MessageKind, protoreflect.GroupKind:
		md := fd.Message()
		switch md.FullName() {
		case "google.protobuf.Timestamp":
			return map[string]any{"type": "string", "format": "date-time"}
		case "google.protobuf.Duration":
			return map[string]any{"type": "string", "pattern": `^-?[0-9]+(\.[0-9]+)?s$`}
		}
		define(md)
		return map[string]any{"$ref": "#/$defs/" + string(md.FullName())}
	}
	return map[string]any{}
}

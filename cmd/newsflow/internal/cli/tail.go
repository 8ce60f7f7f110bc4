package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"

	"github.com/newsflow/newsflow/plumbing/bus"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

func runTail(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	fs := newFlagSet("tail", std)
	conn := natsFlags(fs, getenv)
	all := fs.Bool("all", false, "start from the first stored record instead of new ones")
	count := fs.Int("n", 0, "stop after this many records (0 = until interrupted)")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow tail [flags] [SUBJECT]\n\nSUBJECT defaults to news.tagged.> (e.g. news.actor.isis-k.>, news.dlq.>).")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	subject := bus.PrefixTagged + ".>"
	if fs.NArg() > 1 {
		return fmt.Errorf("%w: tail takes one subject", errUsage)
	}
	if fs.NArg() == 1 {
		subject = fs.Arg(0)
	}
	nc, js, err := connectJS(ctx, conn, "newsflow-tail")
	if err != nil {
		return err
	}
	defer nc.Close()
	return tail(ctx, js, subject, *all, *count, std.Out)
}

func tail(ctx context.Context, js jetstream.JetStream, subject string, all bool, count int, out io.Writer) (err error) {
	stream, err := js.StreamNameBySubject(ctx, subject)
	if err != nil {
		return fmt.Errorf("finding the stream for %q: %w", subject, err)
	}
	policy := jetstream.DeliverNewPolicy
	if all {
		policy = jetstream.DeliverAllPolicy
	}
	cons, err := js.OrderedConsumer(ctx, stream, jetstream.OrderedConsumerConfig{FilterSubjects: []string{subject}, DeliverPolicy: policy})
	if err != nil {
		return fmt.Errorf("subscribing to %q: %w", subject, err)
	}
	it, err := cons.Messages()
	if err != nil {
		return fmt.Errorf("subscribing to %q: %w", subject, err)
	}
	go func() {
		<-ctx.Done()
		it.Stop()
	}()
	w := bufio.NewWriter(out)
	defer func() {
		if ferr := w.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("writing output: %w", ferr)
		}
	}()
	opts := protojson.MarshalOptions{UseProtoNames: true}
	for n := 0; count == 0 || n < count; n++ {
		m, err := it.Next()
		if err != nil {
			if errors.Is(err, jetstream.ErrMsgIteratorClosed) {
				return nil
			}
			return fmt.Errorf("reading %q: %w", subject, err)
		}
		msg, err := decodeRecord(m.Headers().Get(bus.HeaderMessageType), m.Data())
		var line []byte
		if err == nil {
			line, err = opts.Marshal(msg)
		}
		if err != nil {
			fmt.Fprintf(w, "{\"subject\":%q,\"error\":%q}\n", m.Subject(), err.Error())
		} else {
			fmt.Fprintf(w, "{\"subject\":%q,\"record\":%s}\n", m.Subject(), line)
		}
		if err := w.Flush(); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	return nil
}

// decodeRecord decodes a payload by the message type its header names.
func decodeRecord(typeName string, data []byte) (proto.Message, error) {
	if typeName == "" {
		typeName = string((&newsv1.TaggedArticle{}).ProtoReflect().Descriptor().FullName())
	}
	mt, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(typeName))
	if err != nil {
		return nil, fmt.Errorf("unknown message type %q: %w", typeName, err)
	}
	m := mt.New().Interface()
	if err := proto.Unmarshal(data, m); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", typeName, err)
	}
	return m, nil
}

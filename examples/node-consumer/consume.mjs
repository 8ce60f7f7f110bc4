// A newsflow consumer in JavaScript: reads the tagged articles from the JSON
// mirror (subjects news.json.tagged.<source>, stream NEWS_JSON; enable it
// with json_mirror: true in newsflow.yaml or the classifier's -json-mirror)
// through a durable JetStream pull consumer, acknowledging each record once
// it is handled, and prints one line per record.
//
//   npm ci && NATS_URL=nats://127.0.0.1:4222 node consume.mjs [--max N]
//
// Environment: NATS_URL (default nats://127.0.0.1:4222), NATS_CREDS
// (credentials file), CONSUMER (durable name, default node-example),
// SUBJECT (default news.json.tagged.>, e.g. news.json.tagged.reuters).
// The records are protojson of newsflow.v1.TaggedArticle with the proto
// field names: proto/releases/ has their JSON Schema.
import { readFileSync } from "node:fs";
import { AckPolicy, DeliverPolicy, connect, credsAuthenticator } from "nats";

const args = process.argv.slice(2);
const maxAt = args.indexOf("--max");
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 0;

const opts = { servers: process.env.NATS_URL ?? "nats://127.0.0.1:4222", name: "newsflow-node-example" };
if (process.env.NATS_CREDS) {
  opts.authenticator = credsAuthenticator(readFileSync(process.env.NATS_CREDS));
}
const nc = await connect(opts);

const stream = "NEWS_JSON";
const durable = process.env.CONSUMER ?? "node-example";
const subject = process.env.SUBJECT ?? "news.json.tagged.>";

// Creating the consumer is idempotent: a restarted process resumes where
// the last one acknowledged.
const jsm = await nc.jetstreamManager();
await jsm.consumers.add(stream, {
  durable_name: durable,
  ack_policy: AckPolicy.Explicit,
  deliver_policy: DeliverPolicy.All,
  filter_subject: subject,
});
const consumer = await nc.jetstream().consumers.get(stream, durable);

let seen = 0;
const messages = await consumer.consume({ max_messages: 64 });
for await (const m of messages) {
  const rec = m.json();
  const a = rec.article ?? {};
  console.log(JSON.stringify({
    id: a.id,
    source: a.source,
    title: a.title,
    published: a.published,
    actors: (rec.actors ?? []).map((x) => x.id),
    topics: (rec.topics ?? []).filter((t) => !t.inherited).map((t) => t.label),
    places: (rec.places ?? []).map((p) => p.country_code),
    subject: m.subject,
  }));
  m.ack();
  if (max > 0 && ++seen >= max) {
    break;
  }
}
await nc.drain();

#!/usr/bin/env node
// The live-updates benchmark's client: opens one Server-Sent Events stream per holder (1,000), waits
// until every stream says `ready`, then posts messages at a fixed rate into threads whose members hold
// streams, and measures, for each post and each member's stream, the time from sending the POST to the
// `message.posted` event arriving on that stream. Streams stay open the whole time; the read mix runs
// beside it (run by live.sh). Reports the latency percentiles, deliveries expected and seen, streams
// that failed or were closed.
//
// node live-streams.js --base URL --tokens FILE --streams live-streams.tsv --posts live-posts.tsv
//                      --rate POSTS_PER_S --duration S [--out FILE]
'use strict';
const http = require('http');
const fs = require('fs');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const base = new URL(args.base || 'http://127.0.0.1:18080');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) throw new Error('loopback targets only');
const rate = Number(args.rate || 10);
const duration = Number(args.duration || 20);
if (!(rate > 0 && rate <= 200 && duration > 0 && duration <= 600)) throw new Error('rate 1..200 posts/s, duration 1..600 s');
const tokens = fs.readFileSync(args.tokens, 'utf8').split('\n').filter(Boolean);
const holders = fs.readFileSync(args.streams, 'utf8').split('\n').filter(Boolean).map(Number);
const posts = fs.readFileSync(args.posts, 'utf8').split('\n').filter(Boolean).map((line) => {
  const [thread, poster, members] = line.split('\t');
  return { thread, poster: Number(poster), members: (members || '').split(',').filter(Boolean).map(Number) };
});
const now = () => Number(process.hrtime.bigint()) / 1e6;

const arrivals = new Map(); // messageId -> [{ holder, at }]
const sentAt = new Map(); // messageId -> ms
const answeredAt = new Map(); // messageId -> ms: the post's 201 arrived (its transaction had committed)
const stats = { opened: 0, ready: 0, failed: 0, closedByServer: 0, statuses: {}, heartbeats: 0 };

function openStream(holder) {
  return new Promise((resolve) => {
    const req = http.request({ host: base.hostname, port: base.port, path: '/api/v1/live/events', method: 'GET', agent: false,
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${tokens[holder]}` } }, (res) => {
      stats.statuses[res.statusCode] = (stats.statuses[res.statusCode] || 0) + 1;
      if (res.statusCode !== 200) { stats.failed++; res.resume(); resolve(false); return; }
      stats.opened++;
      let buffer = '';
      let event = {};
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        buffer += chunk;
        let nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl).replace(/\r$/, '');
          buffer = buffer.slice(nl + 1);
          if (line === '') {
            if (event.name === 'ready') { stats.ready++; resolve(true); }
            if (event.name === 'closed') stats.closedByServer++;
            if (event.name === 'message.posted') {
              const at = now();
              const { messageId } = JSON.parse(event.data);
              if (!arrivals.has(messageId)) arrivals.set(messageId, []);
              arrivals.get(messageId).push({ holder, at });
            }
            event = {};
          } else if (line.startsWith(':')) {
            if (line.includes('heartbeat')) stats.heartbeats++;
          } else {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') event.name = value;
            if (field === 'data') event.data = value;
          }
        }
      });
      res.on('end', () => { stats.failed++; });
    });
    req.on('error', () => { stats.failed++; resolve(false); });
    req.end();
  });
}

function post(p, i) {
  return new Promise((resolve) => {
    const body = JSON.stringify({ body: `Live update benchmark ${i}`, clientMessageId: `live-bench-${process.pid}-${i}` });
    const start = now();
    const req = http.request({ host: base.hostname, port: base.port, path: `/api/v1/threads/${p.thread}/messages`, method: 'POST',
      headers: { Authorization: `Bearer ${tokens[p.poster]}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        if (res.statusCode === 201) {
          const id = JSON.parse(text).id;
          sentAt.set(id, start);
          answeredAt.set(id, now());
          resolve({ id, members: p.members, ms: now() - start });
        } else resolve({ status: res.statusCode });
      });
    });
    req.on('error', () => resolve({ status: 'error' }));
    req.end(body);
  });
}

const pct = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : null);
const round = (x) => (x == null ? null : Math.round(x * 10) / 10);

(async () => {
  const t0 = now();
  for (let i = 0; i < holders.length; i += 50) await Promise.all(holders.slice(i, i + 50).map(openStream));
  const openMs = now() - t0;
  const results = [];
  const total = Math.round(rate * duration);
  const start = now();
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(post(posts[i % posts.length], i).then((r) => results.push(r)));
  }
  await Promise.all(pending);
  await new Promise((r) => setTimeout(r, 3000));
  const latencies = [];
  const afterAnswer = [];
  let expected = 0;
  let seen = 0;
  const postMs = [];
  for (const r of results) {
    if (!r.id) continue;
    postMs.push(r.ms);
    const members = new Set(r.members);
    expected += members.size;
    for (const a of arrivals.get(r.id) || []) {
      if (!members.has(a.holder)) continue;
      seen++;
      latencies.push(a.at - sentAt.get(r.id));
      afterAnswer.push(a.at - answeredAt.get(r.id));
    }
  }
  latencies.sort((a, b) => a - b);
  afterAnswer.sort((a, b) => a - b);
  postMs.sort((a, b) => a - b);
  const report = {
    streams: holders.length, opened: stats.opened, ready: stats.ready, failed_or_ended: stats.failed,
    closed_by_server: stats.closedByServer, open_statuses: stats.statuses, seconds_to_open_all: round(openMs / 1000),
    posts_sent: total, posts_ok: postMs.length, post_statuses: results.filter((r) => !r.id).map((r) => r.status),
    deliveries_expected: expected, deliveries_seen: seen, heartbeats: stats.heartbeats,
    post_ms: { p50: round(pct(postMs, 0.5)), p99: round(pct(postMs, 0.99)) },
    delivery_ms: { p50: round(pct(latencies, 0.5)), p90: round(pct(latencies, 0.9)), p99: round(pct(latencies, 0.99)),
      max: round(latencies[latencies.length - 1]) },
    // From the post's answer (its commit) to the event: the fan-out alone. Negative: the event came first.
    after_answer_ms: { p50: round(pct(afterAnswer, 0.5)), p99: round(pct(afterAnswer, 0.99)) },
  };
  const text = JSON.stringify(report, null, 1);
  if (args.out) fs.writeFileSync(args.out, text + '\n');
  console.log(text);
  process.exit(0);
})();

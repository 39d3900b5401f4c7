#!/usr/bin/env node
// Checks that two instances of Tandem on one database behave as one (docs/performance.md,
// "Two instances behind a load balancer"): an Idempotency-Key claimed on one instance is honoured
// by the other, sign-in failures counted on both reach one limit, and messages scheduled through
// both are released once each although both instances run the release job.
//
// node across-instances.js A_URL B_URL TOKENS USERS.tsv POST.tsv EMAIL MARKER OUT.json
// Prints and writes a JSON report; the scheduled messages are checked by the caller in the
// database (their bodies carry MARKER), after waiting for their release.
'use strict';
const fs = require('fs');
const crypto = require('crypto');

const [a, b, tokensFile, usersFile, postFile, email, marker, outFile] = process.argv.slice(2);
for (const u of [a, b]) {
  if (!['127.0.0.1', 'localhost'].includes(new URL(u).hostname)) throw new Error('loopback targets only');
}
const tokens = fs.readFileSync(tokensFile, 'utf8').split('\n').filter(Boolean);
const roles = fs.readFileSync(usersFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')[2]);
const posts = fs.readFileSync(postFile, 'utf8').split('\n').filter(Boolean).map((l) => {
  const [method, path, user, body] = l.split('\t');
  return { method, path, user: Number(user), body };
});

async function call(base, method, path, { token, body, headers = {}, form } = {}) {
  const h = { accept: 'application/json', ...headers };
  if (token) h.authorization = 'Bearer ' + token;
  let payload;
  if (form) { h['content-type'] = 'application/x-www-form-urlencoded'; payload = new URLSearchParams(form).toString(); }
  else if (body !== undefined) { h['content-type'] = 'application/json'; payload = JSON.stringify(body); }
  const res = await fetch(base + path, { method, headers: h, body: payload });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, replayed: res.headers.get('idempotent-replayed'), retryAfter: res.headers.get('retry-after'), json };
}

async function idempotency() {
  const p = posts[0];
  const token = tokens[p.user];
  const body = { body: `Idempotency across instances ${marker}` };
  const key = crypto.randomUUID();
  const first = await call(a, 'POST', p.path, { token, body, headers: { 'idempotency-key': key } });
  const second = await call(b, 'POST', p.path, { token, body, headers: { 'idempotency-key': key } });
  // Both at once, one on each instance: one creates, the other replays it or is told it is in flight.
  const key2 = crypto.randomUUID();
  const both = await Promise.all([a, b].map((base) => call(base, 'POST', p.path,
    { token, body: { body: `Idempotency race ${marker}` }, headers: { 'idempotency-key': key2 } })));
  const created = new Set(both.filter((r) => r.status === 201).map((r) => r.json && r.json.id));
  return {
    sequential: { first_on_a: first.status, second_on_b: second.status, second_replayed: second.replayed,
      same_message: !!(first.json && second.json && first.json.id === second.json.id) },
    concurrent: { statuses: both.map((r) => r.status), replayed: both.map((r) => r.replayed),
      distinct_messages_created: created.size },
    ok: first.status === 201 && second.status === 201 && second.replayed === 'true'
      && first.json.id === second.json.id && created.size <= 1
      && both.every((r) => r.status === 201 || r.status === 409),
  };
}

async function throttle() {
  // Wrong passwords for one email, alternately on each instance: the per-account limit (5 failures
  // in 15 minutes by default) is reached by the failures of both together.
  const seq = [];
  for (let i = 0; i < 7; i++) {
    const base = i % 2 === 0 ? a : b;
    const r = await call(base, 'POST', '/api/v1/auth/token',
      { form: { grant_type: 'password', username: email, password: 'not-the-password-' + i } });
    seq.push({ instance: base === a ? 'A' : 'B', status: r.status, retry_after: r.retryAfter });
  }
  const firstLimited = seq.findIndex((s) => s.status === 429);
  return { attempts: seq, first_429_at_attempt: firstLimited + 1,
    ok: firstLimited === 5 && seq.slice(firstLimited).every((s) => s.status === 429) };
}

async function schedule(count) {
  // Staff may schedule; each instance gets half of them, each due 8 s after it is sent (the minimum lead is 5 s).
  const staffPost = posts.find((p) => roles[p.user] === 'staff');
  if (!staffPost) throw new Error('no staff user in the post requests');
  const statuses = [];
  for (let i = 0; i < count; i++) {
    const sendAt = new Date(Date.now() + 8000).toISOString();
    const r = await call(i % 2 === 0 ? a : b, 'POST', staffPost.path,
      { token: tokens[staffPost.user], body: { body: `Scheduled across instances ${marker} #${i}`, sendAt } });
    statuses.push(r.status);
  }
  return { scheduled: count, accepted: statuses.filter((s) => s === 202).length, statuses };
}

(async () => {
  const report = { idempotency: await idempotency(), sign_in_throttle: await throttle(), scheduled: await schedule(20) };
  const json = JSON.stringify(report, null, 1);
  fs.writeFileSync(outFile, json + '\n');
  console.log(json);
})().catch((e) => { console.error(e); process.exit(1); });

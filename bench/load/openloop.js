#!/usr/bin/env node
// An open-model load generator: requests are due at a fixed rate whatever the server does, and
// each latency is measured from the moment its request was DUE, not from when a connection was
// free to send it. Queueing behind a slow response therefore shows up in the percentiles
// (no coordinated omission), as in wrk2 or Gatling's open injection.
//
// Why not `autocannon -R`: autocannon 9.0.0 limits each connection to rate/connections requests
// per one-second window (bursts at the start of each second) and "corrects" with
// recordValueWithExpectedInterval(latency, Math.ceil(1 / rate)), an interval of 1 ms whatever
// the rate; that back-fills values below the measured one and lowers the percentiles
// (lib/run.js, lib/httpClient.js).
//
// node openloop.js --base URL --tokens FILE --requests a.tsv[:weight],b.tsv:weight --rate R
//                  --duration S [--connections N] [--label L] [--out FILE] [--seed N]
// A request file has lines: METHOD <tab> PATH <tab> USER-INDEX <tab> BODY (may be empty).
// The report gives the latencies overall, by request file and by second of the window (by due time).
'use strict';
const http = require('http');
const fs = require('fs');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const base = new URL(args.base || 'http://127.0.0.1:18080');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) throw new Error('loopback targets only');
const rate = Number(args.rate);
const duration = Number(args.duration);
const connections = Number(args.connections || 64);
const label = args.label || 'run';
const drainMs = 15000;
if (!(rate > 0 && rate <= 20000 && duration > 0 && duration <= 600)) throw new Error('rate 1..20000, duration 1..600 s');

let seed = Number(args.seed || 42) >>> 0;
function random() { // mulberry32
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const tokens = fs.readFileSync(args.tokens, 'utf8').split('\n').filter(Boolean);
const pools = args.requests.split(',').map((spec) => {
  const [file, weight] = spec.split(':');
  const name = file.replace(/^.*\//, '').replace(/\.tsv$/, '');
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
    const [method, path, user, body] = l.split('\t');
    const b = body && body !== '\\N' ? Buffer.from(body) : null;
    const headers = { authorization: 'Bearer ' + tokens[Number(user)], accept: path.endsWith('.ics') ? 'text/calendar' : 'application/json' };
    if (b) { headers['content-type'] = 'application/json'; headers['content-length'] = b.length; }
    return { method, path, headers, body: b };
  });
  if (!lines.length) throw new Error('no requests in ' + file);
  return { name, lines, weight: Number(weight || 1), lat: [], status: {}, errors: 0 };
});
const totalWeight = pools.reduce((s, p) => s + p.weight, 0);
function pick() {
  let r = random() * totalWeight;
  for (const p of pools) { if ((r -= p.weight) < 0) return p; }
  return pools[pools.length - 1];
}

const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const total = Math.round(rate * duration);
const interval = 1000 / rate;
const all = [];
const seconds = []; // latencies by the second of the window their request was due in
const status = {};
let sent = 0, done = 0, errors = 0, maxLag = 0;
const start = nowMs() + 20;

function fire(due) {
  const pool = pick();
  const req = pool.lines[Math.floor(random() * pool.lines.length)];
  sent++;
  const r = http.request({ host: base.hostname, port: base.port, method: req.method, path: req.path, headers: req.headers, agent, timeout: 30000 }, (res) => {
    res.on('data', () => {});
    res.on('end', () => {
      const latency = nowMs() - due;
      done++;
      status[res.statusCode] = (status[res.statusCode] || 0) + 1;
      pool.status[res.statusCode] = (pool.status[res.statusCode] || 0) + 1;
      all.push(latency); pool.lat.push(latency);
      const second = Math.max(0, Math.floor((due - start) / 1000));
      (seconds[second] = seconds[second] || []).push(latency);
      finishIfDone();
    });
  });
  r.on('timeout', () => r.destroy(new Error('timeout')));
  r.on('error', () => { done++; errors++; pool.errors++; finishIfDone(); });
  if (req.body) r.end(req.body); else r.end();
}

let next = 0, finished = false;
function tick() {
  const now = nowMs();
  while (next < total && start + next * interval <= now) {
    const due = start + next * interval;
    maxLag = Math.max(maxLag, now - due);
    fire(due);
    next++;
  }
  if (next < total) setTimeout(tick, Math.max(0, Math.min(1, start + next * interval - nowMs())));
}
setTimeout(tick, 20);
const hardStop = setTimeout(() => report(true), duration * 1000 + drainMs + 100);

function finishIfDone() { if (next >= total && done >= total) report(false); }

function pct(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1));
  return Math.round(sorted[i] * 100) / 100;
}
function summary(lat) {
  const s = Float64Array.from(lat).sort();
  const mean = s.length ? s.reduce((a, b) => a + b, 0) / s.length : null;
  return { count: s.length, p50: pct(s, 50), p90: pct(s, 90), p99: pct(s, 99), p999: pct(s, 99.9),
    max: s.length ? Math.round(s[s.length - 1] * 100) / 100 : null, mean: mean && Math.round(mean * 100) / 100 };
}
function report(timedOut) {
  if (finished) return;
  finished = true;
  clearTimeout(hardStop);
  const elapsed = (nowMs() - start) / 1000;
  const ok = Object.entries(status).filter(([c]) => c < 400).reduce((a, [, n]) => a + n, 0);
  const out = {
    label, mode: 'fixed-rate', target_rate: rate, duration_s: duration, connections, sent, completed: done,
    unanswered: sent - done + (total - sent), errors, status, ok,
    achieved_rate: Math.round(done / Math.max(elapsed, duration) * 10) / 10,
    generator_max_lag_ms: Math.round(maxLag * 100) / 100, timed_out: timedOut,
    latency_ms: summary(all),
    by_request: Object.fromEntries(pools.map((p) => [p.name, { status: p.status, errors: p.errors, latency_ms: summary(p.lat) }])),
    // Where in the window a tail came from: one stall of the machine shows as one second's maximum.
    by_second: Array.from(seconds, (lat, second) => ({ second, ...summary(lat || []) })),
  };
  const json = JSON.stringify(out);
  if (args.out) fs.writeFileSync(args.out, json + '\n');
  console.log(json);
  agent.destroy();
  process.exit(0);
}

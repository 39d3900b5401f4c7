#!/usr/bin/env node
// Follows each long inbox page by page (limit 100) to the depth chosen by requests.sql and writes
// one request a user for the page found there: the deep-inbox scenario.
// node deep-cursors.js BASE TOKENS deep_users.tsv OUT.tsv
'use strict';
const fs = require('fs');
const [base, tokensFile, usersFile, outFile] = process.argv.slice(2);
if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(base)) throw new Error('loopback targets only');
const tokens = fs.readFileSync(tokensFile, 'utf8').split('\n').filter(Boolean);
const users = fs.readFileSync(usersFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t').map(Number));

async function page(token, cursor) {
  const url = base + '/api/v1/threads?limit=100' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
  const res = await fetch(url, { headers: { authorization: 'Bearer ' + token }, signal: AbortSignal.timeout(30000) });
  if (res.status !== 200) throw new Error('inbox page: HTTP ' + res.status);
  return res.json();
}

(async () => {
  const out = [];
  let depths = [];
  for (const [user, depth] of users) {
    let cursor = null, seen = 0;
    for (let i = 0; i < 50 && seen < depth; i++) {
      const body = await page(tokens[user], cursor);
      seen += body.items.length;
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    if (cursor) { out.push(['GET', '/api/v1/threads?limit=25&cursor=' + encodeURIComponent(cursor), user, ''].join('\t')); depths.push(seen); }
  }
  fs.writeFileSync(outFile, out.join('\n') + '\n');
  depths.sort((a, b) => a - b);
  console.log(JSON.stringify({ users: out.length, depth_min: depths[0], depth_median: depths[Math.floor(depths.length / 2)], depth_max: depths[depths.length - 1] }));
})().catch((e) => { console.error(e); process.exit(1); });

#!/usr/bin/env node
// Follows each timeline request (the timeline scenario's file) to the cursor after its sixth item and
// writes one request a user for the next five items: the deep-timeline scenario.
// node timeline-cursors.js BASE TOKENS timeline.tsv OUT.tsv
'use strict';
const fs = require('fs');
const [base, tokensFile, requestsFile, outFile] = process.argv.slice(2);
if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(base)) throw new Error('loopback targets only');
const tokens = fs.readFileSync(tokensFile, 'utf8').split('\n').filter(Boolean);
const requests = fs.readFileSync(requestsFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));

(async () => {
  const out = [];
  for (const [, path, user] of requests.slice(0, 1000)) {
    const first = path.replace('limit=25', 'limit=6');
    const res = await fetch(base + first, { headers: { authorization: 'Bearer ' + tokens[Number(user)] },
      signal: AbortSignal.timeout(30000) });
    if (res.status !== 200) throw new Error('timeline page: HTTP ' + res.status);
    const body = await res.json();
    if (body.nextCursor) {
      out.push(['GET', path.replace('limit=25', 'limit=5') + '&cursor=' + encodeURIComponent(body.nextCursor), user, '']
        .join('\t'));
    }
  }
  fs.writeFileSync(outFile, out.join('\n') + '\n');
  console.log(JSON.stringify({ users: out.length }));
})().catch((e) => { console.error(e); process.exit(1); });

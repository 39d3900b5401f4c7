// Opens a live stream with the `eventsource` package (a Node implementation of the WHATWG
// EventSource interface, the browser API) and prints one JSON line per event it dispatches:
// {"type", "data", "lastEventId"}; "open" and "error" too. Used by LiveEventSourceTest.
// node listen.js URL [BEARER-TOKEN]
'use strict';
const EventSource = require('eventsource');
const [url, token] = process.argv.slice(2);
if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url || '')) throw new Error('a loopback URL only');
const source = new EventSource(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
const print = (type, e) => console.log(JSON.stringify({ type, data: e && e.data, lastEventId: e && e.lastEventId }));
source.onopen = () => print('open');
source.onerror = (e) => print('error', { data: e && (e.status || e.message) });
for (const type of ['ready', 'resync', 'closed', 'message.posted', 'thread.read', 'notification.created']) {
  source.addEventListener(type, (e) => print(type, e));
}
setTimeout(() => process.exit(0), 60000);

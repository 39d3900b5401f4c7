// A local webhook receiver that verifies every request with the npm `standardwebhooks` package and
// counts them (the benchmark's receiver, and the one `make run` suggests for trying webhooks out).
//   node tools/webhooks/receiver.mjs --port 9400 --secret whsec_... [--quiet] [--stats-file f.json]
// Answers 204 to a verified request, 401 to one that does not verify. Duplicate webhook-ids (retries)
// are counted apart. GET /stats answers the counts as JSON. More secrets (a rotation) may be added
// with repeated --secret; a request verifies if any of them signs it.
import http from "node:http";
import { Webhook } from "standardwebhooks";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(option("port", "9400"));
const secrets = args.flatMap((a, i) => (a === "--secret" ? [args[i + 1]] : []));
const quiet = args.includes("--quiet");
let verifiers = secrets.map((s) => new Webhook(s));

const stats = { verified: 0, rejected: 0, duplicates: 0, first: null, last: null };
const seen = new Set();

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/stats") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ...stats, unique: seen.size }));
    return;
  }
  if (req.method === "POST" && req.url === "/secrets") {
    let text = "";
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      verifiers = JSON.parse(text).map((s) => new Webhook(s));
      res.writeHead(204).end();
    });
    return;
  }
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const ok = verifiers.some((v) => {
      try {
        v.verify(body, req.headers);
        return true;
      } catch {
        return false;
      }
    });
    if (!ok) {
      stats.rejected++;
      res.writeHead(401).end("signature does not verify");
      return;
    }
    const id = req.headers["webhook-id"];
    if (seen.has(id)) stats.duplicates++;
    seen.add(id);
    stats.verified++;
    const now = Date.now();
    stats.first ??= now;
    stats.last = now;
    if (!quiet) console.log(`${new Date().toISOString()} ${id} ${body}`);
    res.writeHead(204).end();
  });
});
server.listen(port, "127.0.0.1", () => {
  if (!quiet) console.log(`Verifying webhooks on http://127.0.0.1:${port}/ with ${verifiers.length} secret(s)`);
});

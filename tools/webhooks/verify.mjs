// Verifies Standard Webhooks requests with the npm `standardwebhooks` package (an implementation
// independent of the Java library Tandem signs with). Reads a JSON array of
// {secret, headers, body} on stdin and prints a JSON array of {ok, error} in the same order.
// Each request must verify with its secret: during a rotation, with the old or the new one.
import { Webhook } from "standardwebhooks";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) {
  input += chunk;
}
const results = JSON.parse(input).map(({ secret, headers, body }) => {
  try {
    new Webhook(secret).verify(body, headers);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: String(e && e.message ? e.message : e) };
  }
});
process.stdout.write(JSON.stringify(results));

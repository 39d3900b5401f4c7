// Generates a Postman collection (v2.1, also imported by Bruno and Insomnia) from the committed
// document: one folder per tag in the document's order, one request per operation with its path
// variables, query parameters (optional ones disabled), headers and an example body. The
// collection signs in with the demo district's guardian and keeps the token in {{accessToken}}.
//
//   node clients/postman/generate.mjs      (writes clients/postman/tandem.postman_collection.json)
//
// No dependencies: it reads openapi/openapi.json. CI's drift check (make openapi-check) covers it.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const doc = JSON.parse(readFileSync(join(here, "../../openapi/openapi.json"), "utf8"));

function resolve(node) {
    let current = node;
    for (let i = 0; current && current.$ref && i < 20; i++) {
        current = current.$ref.slice(2).split("/").reduce((o, k) => o[k], doc);
    }
    return current ?? {};
}

/** An example value for a schema: its example, else its first enum value, else one built from its type. */
function sample(schemaOrRef, depth = 0) {
    const schema = resolve(schemaOrRef);
    if (schema.example !== undefined) return schema.example;
    if (schema.enum) return schema.enum[0];
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(s, depth + 1)));
    if (schema.oneOf) return sample(schema.oneOf[0], depth + 1);
    if (depth > 6) return null;
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
        case "object": {
            const out = {};
            for (const name of schema.required ?? []) {
                out[name] = sample(schema.properties?.[name] ?? {}, depth + 1);
            }
            return out;
        }
        case "array": return [sample(schema.items ?? {}, depth + 1)];
        case "integer": case "number": return schema.minimum ?? 1;
        case "boolean": return true;
        case "string":
            if (schema.format === "uuid") return "00000000-0000-0000-0000-000000000000";
            if (schema.format === "date-time") return "2026-11-22T09:00:00Z";
            if (schema.format === "date") return "2026-11-22";
            return "text";
        default: return null;
    }
}

function request(path, method, op) {
    const params = (op.parameters ?? []).map(resolve);
    const url = {
        raw: "{{baseUrl}}" + path.replace(/\{([^}]+)\}/g, ":$1"),
        host: ["{{baseUrl}}"],
        path: path.replace(/\{([^}]+)\}/g, ":$1").split("/").filter(Boolean),
        variable: params.filter((p) => p.in === "path").map((p) => ({ key: p.name, value: "", description: p.description ?? "" })),
        query: params.filter((p) => p.in === "query").map((p) => ({
            key: p.name, value: String(sample(p.schema ?? {}) ?? ""), disabled: !p.required, description: p.description ?? "",
        })),
    };
    const header = params.filter((p) => p.in === "header").map((p) => ({
        key: p.name, value: p.name === "Idempotency-Key" ? "{{$guid}}" : "", disabled: p.name !== "Idempotency-Key",
    }));
    const item = { name: op.summary ?? op.operationId, request: { method: method.toUpperCase(), header, url,
        description: op.description ?? "" } };
    const content = op.requestBody?.content ?? {};
    const [mediaType] = Object.keys(content);
    if (mediaType) {
        const media = content[mediaType];
        const example = media.example ?? Object.values(media.examples ?? {})[0]?.value ?? sample(media.schema ?? {});
        header.push({ key: "Content-Type", value: mediaType });
        item.request.body = mediaType === "application/x-www-form-urlencoded"
            ? { mode: "urlencoded", urlencoded: Object.entries(example ?? {}).map(([key, value]) => ({ key, value: String(value) })) }
            : { mode: "raw", raw: JSON.stringify(example, null, 2), options: { raw: { language: "json" } } };
    }
    const secured = (op.security ?? []).some((s) => Object.keys(s).length > 0);
    if (!secured) {
        item.request.auth = { type: "noauth" };
    }
    if (op.operationId === "createToken") {
        item.event = [{ listen: "test", script: { type: "text/javascript", exec: [
            "const body = pm.response.json();",
            "if (body.access_token) { pm.collectionVariables.set('accessToken', body.access_token); }",
            "if (body.refresh_token) { pm.collectionVariables.set('refreshToken', body.refresh_token); }",
        ] } }];
    }
    return item;
}

const folders = new Map((doc.tags ?? []).map((t) => [t.name, { name: t.name, description: t.description ?? "", item: [] }]));
for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
        if (!op || typeof op !== "object" || !op.responses) continue;
        const tag = op.tags?.[0] ?? "Other";
        if (!folders.has(tag)) folders.set(tag, { name: tag, item: [] });
        folders.get(tag).item.push(request(path, method, op));
    }
}
for (const folder of folders.values()) {
    folder.item.sort((a, b) => a.name.localeCompare(b.name));
}

const collection = {
    info: {
        name: `${doc.info.title} ${doc.info.version}`,
        description: "Generated from openapi/openapi.json by clients/postman/generate.mjs; do not edit. Run "
            + "Authentication › Sign in first: it stores the access token in {{accessToken}}.",
        schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    auth: { type: "bearer", bearer: [{ key: "token", value: "{{accessToken}}", type: "string" }] },
    variable: [
        { key: "baseUrl", value: "http://localhost:8080" },
        { key: "accessToken", value: "" },
        { key: "refreshToken", value: "" },
    ],
    item: [...folders.values()].filter((f) => f.item.length > 0),
};
writeFileSync(join(here, "tandem.postman_collection.json"), JSON.stringify(collection, null, 2) + "\n");
console.log(`wrote clients/postman/tandem.postman_collection.json (${[...folders.values()].reduce((n, f) => n + f.item.length, 0)} requests)`);

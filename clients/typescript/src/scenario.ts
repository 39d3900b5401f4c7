// A frontend team's first day, as a script: a guardian and a teacher of the demo district find each
// other, message, read, page, refresh their tokens, and meet a typed 404 and 422. Compiled with
// `tsc --strict` against the client generated from openapi/openapi.yaml, so a document change that
// breaks an app breaks this build; run against the application, so a server that drifts from the
// document fails it. Usage: TANDEM_URL=http://127.0.0.1:8080 node dist/scenario.js
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type Problem = components["schemas"]["Problem"];
type ProblemCode = components["schemas"]["ProblemCode"];
type Thread = components["schemas"]["Thread"];
type TokenAnswer = components["schemas"]["TokenResponse"];
type FamilyPage = components["schemas"]["StudentFamilyPage"];

const base = process.env.TANDEM_URL ?? "http://127.0.0.1:8080";
const password = process.env.TANDEM_DEMO_PASSWORD ?? "tandem-demo";

let step = "start";
function check(condition: unknown, what: string): asserts condition {
    if (!condition) {
        throw new Error(`${step}: ${what}`);
    }
}

function client(token?: string) {
    return createClient<paths>({
        baseUrl: base,
        headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
}

function form(fields: Record<string, string>): string {
    return new URLSearchParams(fields).toString();
}

async function signIn(email: string): Promise<TokenAnswer> {
    const { data, error, response } = await client().POST("/api/v1/auth/token", {
        body: { grant_type: "password", username: email, password },
        bodySerializer: (body) => form(body as Record<string, string>),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    check(data, `sign-in of ${email} answered ${response.status} ${JSON.stringify(error)}`);
    return data;
}

function expectProblem(error: Problem | undefined, status: number, code: ProblemCode): Problem {
    check(error, `expected a ${status} ${code} problem, got success`);
    check(error.status === status && error.code === code, `expected ${status} ${code}, got ${error.status} ${error.code}`);
    return error;
}

async function familiesPage(teacher: ReturnType<typeof client>, cursor: string | null): Promise<[FamilyPage, string | null]> {
    const page = await teacher.GET("/api/v1/me/families",
        { params: { query: cursor ? { limit: 1, cursor } : { limit: 1 } } });
    check(page.data, `families answered ${page.response.status}`);
    return [page.data, page.response.headers.get("Link")];
}

async function main(): Promise<void> {
    step = "sign in";
    const ana = await signIn("ana.lopez@demo.tandem.test");
    const david = await signIn("david.chen@demo.tandem.test");
    const guardian = client(ana.access_token);
    const teacher = client(david.access_token);

    step = "the guardian finds her son's teacher";
    const contacts = await guardian.GET("/api/v1/me/school-contacts");
    check(contacts.data, `school contacts answered ${contacts.response.status}`);
    const leo = contacts.data.items.find((child) => child.givenName === "Leo");
    check(leo, "Leo is among Ana's children");
    const chen = leo.contacts.find((c) => c.familyName === "Chen" && c.role === "teacher");
    check(chen && chen.mayMessage, "Mr Chen teaches Leo and may be messaged");
    check(chen.classes.length > 0, "his classes are named");
    check(chen.officeHours && chen.officeHours.hours.length > 0, "his office hours are shown");

    step = "the teacher finds the family, a page at a time";
    let cursor: string | null = null;
    let anaAsGuardian: string | undefined;
    let pages = 0;
    do {
        const [data, link] = await familiesPage(teacher, cursor);
        pages++;
        const next: string | null = data.nextCursor;
        check((next === null) === (link === null), "Link is sent exactly when there is a next page");
        for (const student of data.items) {
            const found = student.guardians.find((g) => g.givenName === "Ana");
            if (found) {
                anaAsGuardian = found.guardianId;
                check(found.preferredLanguage.length >= 2 && found.joined, "her language and account are known");
            }
        }
        cursor = next;
    } while (cursor !== null && pages < 50);
    check(anaAsGuardian && pages > 1, `Ana is among the families (${pages} pages)`);

    step = "the guardian writes to the teacher";
    const started = await guardian.POST("/api/v1/threads", {
        body: { kind: "direct", staffIds: [chen.staffId], subject: "Leo's reading",
                message: { body: "Hello Mr Chen, how is Leo doing with reading?", clientMessageId: crypto.randomUUID() } },
        headers: { "Idempotency-Key": crypto.randomUUID() },
    });
    check(started.data && started.response.status === 201, `starting a thread answered ${started.response.status}`);
    const thread: Thread = started.data;
    check(thread.members.some((m) => m.name === "David Chen" && m.role === "staff"), "the thread names its members");

    step = "the teacher sees it in his inbox and answers";
    const inbox = await teacher.GET("/api/v1/threads", { params: { query: { limit: 25 } } });
    check(inbox.data, `inbox answered ${inbox.response.status}`);
    const mine = inbox.data.items.find((t) => t.id === thread.id);
    check(mine && mine.lastMessage && mine.lastMessage.authorRole === "guardian", "the new thread, with who wrote last");
    const reply = await teacher.POST("/api/v1/threads/{threadId}/messages", {
        params: { path: { threadId: thread.id } },
        body: { body: "He is doing great; we are reading Charlotte's Web." },
    });
    check(reply.data && "seq" in reply.data, `the reply answered ${reply.response.status}`);
    const replySeq = reply.data.seq;
    const replyId = reply.data.id;

    step = "the guardian reads the conversation, a page at a time";
    const first = await guardian.GET("/api/v1/threads/{threadId}/messages", {
        params: { path: { threadId: thread.id }, query: { limit: 1 } },
    });
    check(first.data && first.data.items[0]?.authorName === "David Chen", "newest first, with the author's name");
    check(first.data.nextCursor, "a second page");
    const second = await guardian.GET("/api/v1/threads/{threadId}/messages", {
        params: { path: { threadId: thread.id }, query: { limit: 1, cursor: first.data.nextCursor } },
    });
    check(second.data && second.data.items[0]?.authorRole === "guardian", "then her own message");
    const read = await guardian.POST("/api/v1/threads/{threadId}/read", {
        params: { path: { threadId: thread.id } }, body: { seq: replySeq },
    });
    check(read.data && read.data.unreadCount === 0, "nothing left unread");

    step = "the teacher sees the read receipt";
    const receipts = await teacher.GET("/api/v1/threads/{threadId}/messages/{messageId}/receipts", {
        params: { path: { threadId: thread.id, messageId: replyId } },
    });
    check(receipts.data && receipts.data.readers.some((r) => r.read), "Ana has read his reply");

    step = "the guardian's app refreshes its token";
    check(ana.refresh_token, "a password sign-in answers a refresh token");
    const refreshed = await client().POST("/api/v1/auth/token", {
        body: { grant_type: "refresh_token", refresh_token: ana.refresh_token },
        bodySerializer: (body) => form(body as Record<string, string>),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    check(refreshed.data, `refresh answered ${refreshed.response.status}`);
    const me = await client(refreshed.data.access_token).GET("/api/v1/me");
    check(me.data && me.data.roles.includes("guardian"), "the new token works");

    step = "typed errors";
    const missing = await guardian.GET("/api/v1/threads/{threadId}", {
        params: { path: { threadId: crypto.randomUUID() } },
    });
    expectProblem(missing.error, 404, "not_found");
    const empty = await guardian.POST("/api/v1/threads/{threadId}/messages", {
        params: { path: { threadId: thread.id } }, body: { body: "" },
    });
    const invalid = expectProblem(empty.error, 422, "validation_failed");
    check(invalid.errors?.some((e) => e.field === "body"), "the invalid field is named");
    const malformed = await guardian.GET("/api/v1/threads/{threadId}", { params: { path: { threadId: "not-a-uuid" } } });
    expectProblem(malformed.error, 400, "invalid_parameter");

    console.log(`client scenario passed against ${base}`);
}

main().catch((e: unknown) => {
    console.error(`client scenario FAILED: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
});

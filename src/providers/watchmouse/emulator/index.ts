// A WatchMouse 1.6 emulator: every call on GET (query) or as a form-encoded POST, parameters
// validated against the spec, every answer an envelope with HTTP 200 (a non-zero `code` on failure),
// sessions, credits and anonymous keys as in ./accounts.ts (the session key also as the `nkey`
// cookie, set on login and read when no `nkey` is sent), rules and folders stored for real, the
// spec's examples for the data calls, and `<call>?doc` pages. Output as ./represent.ts chooses it.
import { defineEmulator, type EmulatorApp, type EmulatorContext, type EmulatorRequest } from "../../../sandbox/emulator.js";
import type { Reply } from "../../../sandbox/reply.js";
import { pageOfExample } from "../../../sandbox/paging.js";
import { checkParameters } from "../../../sandbox/request-check.js";
import { buildRoutes, matchRoute, serverBasePaths, type Route } from "../../../sandbox/routes.js";
import { exampleReply } from "../../../sandbox/spec.js";
import watchmouse from "../index.js";
import { AccountBook, type AccountSeed, type Balances, type Caller, type Price } from "./accounts.js";
import { asksForDoc, docPage } from "./doc-page.js";
import { Monitors } from "./monitors.js";
import { Refusal } from "./refusal.js";
import { callParameters } from "./call-parameters.js";
import { represent } from "./represent.js";

export const WATCHMOUSE_DEMO = watchmouse.sandbox.credentials as { user: string; password: string };
/** A permanent token of the demo account, as acct_token would issue it. */
export const WATCHMOUSE_DEMO_TOKEN = watchmouse.sandbox.otherCredentials.token.nkey;

export interface WatchMouseEmulatorOptions {
  /** Concurrent sessions allowed per account. @default 3 */
  maxSessions?: number;
  /** @default the demo account with its token */
  accounts?: AccountSeed[];
}

export interface WatchMouseControls {
  /** Sessions of `user` that have neither ended nor idled out. */
  openSessions(user: string): number;
  balances(user: string): Balances;
}

const VERSION = "8.2.10b";
const ACCOUNT_ZONE = { tz: "America/New_York", gmtoffset: "-5" };
type Query = Record<string, string>;

export default defineEmulator({ create: createWatchMouseEmulator });

function createWatchMouseEmulator({ spec, validator, now, credentials }: EmulatorContext, options: WatchMouseEmulatorOptions): EmulatorApp<WatchMouseControls> {
  const getRoutes = buildRoutes(spec);
  const messages = new Map<number, string>(spec["x-error-codes"].map((e: { code: number; message: string }) => [e.code, e.message]));
  const seeds = options.accounts ?? [{ user: credentials.user ?? "", password: credentials.password ?? "", token: WATCHMOUSE_DEMO_TOKEN }];
  const book = new AccountBook(seeds, now, options.maxSessions ?? 3);
  const example = (call: string) => exampleReply(spec, spec.paths[`/${call}`].get).body as Record<string, any>;
  const seed = { rules: example("rule_get").result.rules, folders: example("fldr_get").result.folders };
  const monitors = new Map(seeds.map((s) => [s.user, new Monitors(seed, example("rule_get").result.maxrules)]));

  /** The calls whose answer depends on state; every other call answers with its spec example. */
  const calls: Record<string, (query: Query, caller: Caller | undefined) => { info: string; result: unknown; session?: string }> = {
    acct_login: (q) => {
      const nkey = book.login(q.user!, q.password!);
      return { info: "token/new session", result: { nkey }, session: nkey };
    },
    acct_token: (q) => {
      const token = book.token(q.user!, q.password!);
      return { info: "token/new session", result: token, session: token.nkey };
    },
    acct_logout: (_, caller) => (book.logout(caller!.nkey), { info: "session ended", result: [] }),
    acct_credits: (_, caller) => ({ info: "account credits", result: { credits: creditRows(caller!.wallet.balances()) } }),
    acct_mod: (q, caller) => {
      if (q.apipasswd !== undefined) caller!.account!.password = q.apipasswd;
      return { info: "account modified", result: [] };
    },
    rule_get: (q, caller) => ({ info: "rule(s) found", result: monitorsOf(caller).find(q) }),
    rule_mod: (q, caller) => (monitorsOf(caller).modify(q), { info: "rule modified", result: [] }),
    fldr_get: (q, caller) => ({ info: "folder(s) found", result: monitorsOf(caller).listFolders(q.name) }),
  };

  function monitorsOf(caller: Caller | undefined): Monitors {
    return monitors.get(caller?.account?.user ?? "")!;
  }

  /** A form POST reaches the call its GET documents (the spec models one method per call). */
  function routeOf(request: EmulatorRequest): Route | undefined {
    if (request.route || request.method !== "POST") return request.route;
    return matchRoute(getRoutes, "GET", request.url.pathname).route;
  }

  function handle(request: EmulatorRequest): Reply {
    const accept = request.headers.accept;
    const route = routeOf(request);
    if (route && request.method === "GET" && asksForDoc(request.url.searchParams)) return docPage(spec, route, VERSION);
    const { query, cookieKey, problem } = callParameters(request);
    let caller: Caller | undefined;
    const headers: Record<string, string | string[]> = {};
    try {
      if (problem) throw new Refusal(1001, problem);
      if (!route) throw new Refusal(1001, `unknown call ${request.method} ${request.url.pathname}`);
      // No nkey sent: the session cookie stands in for it (an unknown or malformed cookie is ignored).
      if (query.nkey === undefined && book.known(cookieKey)) query.nkey = cookieKey!;
      const invalid = checkParameters(spec, validator, route, { query }, { undeclared: true });
      if (invalid) throw new Refusal(invalid.kind === "invalid" ? 1013 : 1001, refusalText(route, invalid.kind, invalid.name, invalid.message));
      const call = route.path.slice(1);
      const security: object[] = route.operation.security ?? spec.security ?? [];
      if (security.some((r) => Object.keys(r).length > 0)) {
        const anonymous = security.some((r) => Object.keys(r).length === 0);
        caller = book.resolve(query.nkey, request.remoteAddress, anonymous);
        if (query.acct && caller.account && query.acct !== caller.account.user) throw new Refusal(1007, `${query.acct} is not a sub-account of this account`);
      }
      const price = priceOf(route, query, caller);
      if (caller) book.checkCredits(caller, price);
      const handler = calls[call];
      const answer = handler?.(query, caller);
      // rule_log answers the page asked for (x-paging).
      const body = answer ? envelope({ code: 0, info: answer.info, result: answer.result }, caller) : (pageOfExample(route.operation, example(call), query, undefined) as Record<string, unknown>);
      if (caller) caller.wallet.spend(price);
      // The API sets the session in a cookie too; some clients replay it instead of sending nkey.
      if (answer?.session) headers["Set-Cookie"] = `nkey=${answer.session}; Path=/; HttpOnly`;
      if (caller?.anonymousKey) headers["Set-Cookie"] = `nkey=${caller.anonymousKey}; Path=/; HttpOnly`;
      return represent(body, query, accept, headers);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      if (caller?.anonymousKey) headers["Set-Cookie"] = `nkey=${caller.anonymousKey}; Path=/; HttpOnly`;
      return represent(envelope({ code: error.code, error: messages.get(error.code), info: error.info }, caller), query, accept, headers);
    }
  }

  /** x-credits, with the check price of cp_check and rule_don depending on the kind of test (and runs). */
  function priceOf(route: Route, query: Query, caller: Caller | undefined): Price {
    const price: Price = { ...route.operation["x-credits"] };
    const byType = route.operation["x-check-credits-by-type"];
    if (byType) {
      const type = route.path === "/rule_don" ? monitorsOf(caller).rule(query.name!).type : (query.type ?? "http");
      price.check = (byType[type ?? ""] ?? byType.other) * (route.path === "/rule_don" ? Number(query.num ?? 1) : 1);
    }
    return price;
  }

  return {
    handle,
    // Each host also serves the calls under `latest`, an alias of the version segment (the spec's "Hosts").
    basePaths: [...serverBasePaths(spec), "/latest"],
    // The API answers everything with HTTP 200 and an envelope; a request refused before the call keeps that shape.
    refusal: (_status, message) => ({ status: 200, body: envelope({ code: 1001, error: messages.get(1001), info: message }, undefined) }),
    expireSessions: () => book.expireSessions(),
    controls: {
      openSessions: (user) => book.openSessions(user),
      balances: (user) => ({ ...book.accounts.get(user)!.balances }),
    },
  };
}

function refusalText(route: Route, kind: string, name: string, message: string): string {
  if (kind === "undeclared") return `${route.path.slice(1)} has no parameter "${name}"`;
  if (kind === "missing") return `missing parameter "${name}"`;
  return `illegal value for "${name}": ${message.slice(name.length + 1)}`;
}

function envelope(fields: { code: number; info: string; error?: string; result?: unknown }, caller: Caller | undefined): Record<string, unknown> {
  return { version: VERSION, ...fields, ...(caller?.account ? ACCOUNT_ZONE : {}), elapsed: "1.0000" };
}

function creditRows(balances: Balances) {
  const amount = (n: number) => n.toFixed(2);
  return (Object.keys(balances) as (keyof Balances)[]).map((type) => ({ type, amount: amount(balances[type]), credit_limit: "0.00", available: amount(balances[type]) }));
}

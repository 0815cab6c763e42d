// A WatchMouse 1.6 emulator: one GET path per call, parameters validated against the spec, every
// answer an envelope with HTTP 200 (a non-zero `code` on failure), sessions, credits and anonymous
// keys as in ./watchmouse/accounts.ts, rules and folders stored for real, and the spec's examples
// for the data calls. Output is JSON with view=json, JSONP with callback, XML otherwise.
import { buildRoutes, createValidator, deref, exampleReply, jsonPointer, loadSpec, serve, serverBasePaths, type EmulatorRequest, type Reply, type Route, type RunningEmulator, type Spec } from "./kit.js";
import { AccountBook, type AccountSeed, type Balances, type Caller, type Price } from "./watchmouse/accounts.js";
import { Monitors } from "./watchmouse/monitors.js";
import { Refusal } from "./watchmouse/refusal.js";

import watchmouseProvider from "../../src/providers/watchmouse/index.js";

export const WATCHMOUSE_DEMO = watchmouseProvider.sandbox.credentials;
/** A permanent token of the demo account, as acct_token would issue it. */
export const WATCHMOUSE_DEMO_TOKEN = "e47a90c35f2b4d8e9a61c0b7d2f83e15";

export interface WatchMouseEmulatorOptions {
  /** The emulator's clock (ms): sessions idle out after 15 minutes of it, anonymous credits renew daily. @default Date.now */
  now?: () => number;
  /** Concurrent sessions allowed per account. @default 3 */
  maxSessions?: number;
  /** @default the demo account with its token */
  accounts?: AccountSeed[];
  port?: number;
  host?: string;
}

export interface WatchMouseEmulator extends RunningEmulator {
  /** Sessions of `user` that have neither ended nor idled out. */
  openSessions(user: string): number;
  balances(user: string): Balances;
}

const VERSION = "8.2.10b";
const ACCOUNT_ZONE = { tz: "America/New_York", gmtoffset: "-5" };
type Query = Record<string, string>;

// Every emulator of a test file shares the compiled schemas: compiling them is the slow part of starting one.
let compiled: { spec: Spec; validator: ReturnType<typeof createValidator> } | undefined;
function compiledSpec() {
  if (!compiled) {
    const spec = loadSpec("watchmouse");
    compiled = { spec, validator: createValidator(spec) };
  }
  return compiled;
}

export async function startWatchMouseEmulator(options: WatchMouseEmulatorOptions = {}): Promise<WatchMouseEmulator> {
  const { spec, validator } = compiledSpec();
  const messages = new Map<number, string>(spec["x-error-codes"].map((e: { code: number; message: string }) => [e.code, e.message]));
  const seeds = options.accounts ?? [{ ...WATCHMOUSE_DEMO, token: WATCHMOUSE_DEMO_TOKEN }];
  const book = new AccountBook(seeds, options.now ?? Date.now, options.maxSessions ?? 3);
  const example = (call: string) => exampleReply(spec, spec.paths[`/${call}`].get).body as Record<string, any>;
  const seed = { rules: example("rule_get").result.rules, folders: example("fldr_get").result.folders };
  const monitors = new Map(seeds.map((s) => [s.user, new Monitors(seed, example("rule_get").result.maxrules)]));

  /** The calls whose answer depends on state; every other call answers with its spec example. */
  const calls: Record<string, (query: Query, caller: Caller | undefined) => { info: string; result: unknown }> = {
    acct_login: (q) => ({ info: "token/new session", result: { nkey: book.login(q.user!, q.password!) } }),
    acct_token: (q) => ({ info: "token/new session", result: book.token(q.user!, q.password!) }),
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

  function handle(request: EmulatorRequest): Reply {
    const query: Query = Object.fromEntries(request.url.searchParams);
    let caller: Caller | undefined;
    try {
      const route = request.route;
      if (!route) throw new Refusal(1001, `unknown call ${request.method} ${request.url.pathname}`);
      checkParameters(route, query);
      const call = route.path.slice(1);
      const security: object[] = route.operation.security ?? spec.security ?? [];
      if (security.some((r) => Object.keys(r).length > 0)) {
        caller = book.resolve(query.nkey, request.remoteAddress, security.some((r) => Object.keys(r).length === 0));
        if (query.acct && caller.account && query.acct !== caller.account.user) throw new Refusal(1007, `${query.acct} is not a sub-account of this account`);
      }
      const price = priceOf(route, query, caller);
      if (caller) book.checkCredits(caller, price);
      const handler = calls[call];
      const body = handler ? envelope({ code: 0, ...handler(query, caller) }, caller) : example(call);
      if (caller) caller.wallet.spend(price);
      return represent(body, query, caller?.anonymousKey);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      return represent(envelope({ code: error.code, error: messages.get(error.code), info: error.info }, caller), query, caller?.anonymousKey);
    }
  }

  /** Every parameter must be declared by the call (the spec declares them per operation), required ones present, values valid for their schema. */
  function checkParameters(route: Route, query: Query): void {
    const declared: { name: string; required?: boolean; schema: unknown; pointer: string }[] = (route.operation.parameters ?? []).map((parameter: any, i: number) => ({
      ...deref(spec, parameter),
      pointer: parameter.$ref ? parameter.$ref.slice(1) : jsonPointer("paths", route.path, "get", "parameters", String(i)),
    }));
    for (const name of Object.keys(query)) {
      if (!declared.some((p) => p.name === name)) throw new Refusal(1001, `${route.path.slice(1)} has no parameter "${name}"`);
    }
    for (const parameter of declared) {
      const raw = query[parameter.name];
      if (raw === undefined) {
        if (parameter.required) throw new Refusal(1001, `missing parameter "${parameter.name}"`);
        continue;
      }
      const problem = validator.check(`${parameter.pointer}/schema`, coerce(deref(spec, parameter.schema), raw));
      if (problem) throw new Refusal(1013, `illegal value for "${parameter.name}": ${problem}`);
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

  // Each host also serves the calls under `latest`, an alias of the version segment (the spec's "Hosts").
  const basePaths = [...serverBasePaths(spec), "/latest"];
  const running = await serve(buildRoutes(spec), handle, { port: options.port, host: options.host, basePaths });
  return {
    ...running,
    openSessions: (user) => book.openSessions(user),
    balances: (user) => ({ ...book.accounts.get(user)!.balances }),
  };
}

function envelope(fields: { code: number; info: string; error?: string; result?: unknown }, caller: Caller | undefined): Record<string, unknown> {
  return { version: VERSION, ...fields, ...(caller?.account ? ACCOUNT_ZONE : {}), elapsed: "1.0000" };
}

function creditRows(balances: Balances) {
  const amount = (n: number) => n.toFixed(2);
  return (Object.keys(balances) as (keyof Balances)[]).map((type) => ({ type, amount: amount(balances[type]), credit_limit: "0.00", available: amount(balances[type]) }));
}

/** Query values are text; the spec's integer parameters are numbers. */
function coerce(schema: any, raw: string): unknown {
  const types = [schema?.type].flat();
  return (types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
}

/** JSON with view=json, JSONP with callback, else the API's default XML; an anonymous key comes as a cookie. */
function represent(body: Record<string, unknown>, query: Query, anonymousKey: string | undefined): Reply {
  const headers: Record<string, string> = anonymousKey ? { "Set-Cookie": `nkey=${anonymousKey}; Path=/; HttpOnly` } : {};
  if (query.callback) return { status: 200, body: `${query.callback}(${JSON.stringify(body)})`, contentType: "application/javascript", headers };
  if (query.view === "json") return { status: 200, body, headers };
  return { status: 200, body: `<?xml version="1.0" encoding="UTF-8"?>\n${xml("response", body)}`, contentType: "text/xml", headers };
}

function xml(name: string, value: unknown): string {
  if (Array.isArray(value)) return `<${name}>${value.map((item) => xml("item", item)).join("")}</${name}>`;
  if (value !== null && typeof value === "object") return `<${name}>${Object.entries(value).map(([k, v]) => xml(k, v)).join("")}</${name}>`;
  const text = String(value ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<${name}>${text}</${name}>`;
}

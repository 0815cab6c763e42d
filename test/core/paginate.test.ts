import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "../../generated/sandbox.js";
import { createShadowserverClient } from "../../generated/shadowserver/client.js";
import { createWatchMouseClient } from "../../generated/watchmouse/client.js";
import { ApiError, InvalidRequestError } from "../../src/core/errors/index.js";
import { createPaginate } from "../../src/core/paginate.js";
import type { Paging } from "../../src/core/paging.js";
import type { CallInit } from "../../src/core/strategy.js";
import { WatchMouseApiError } from "../../src/providers/watchmouse/api-error.js";

let sb: Awaited<ReturnType<typeof startSandbox<"shadowserver" | "watchmouse">>>;
beforeAll(async () => void (sb = await startSandbox({ providers: ["shadowserver", "watchmouse"] })));
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};
const body = { report: "united-states", date: "2020-10-27", query: { city: "ashburn" } };

describe("client.paginate, from the spec's x-paging", () => {
  it("page style (Shadowserver, in the body): page 1, 2, … until an empty page; limit is the caller's", async () => {
    const client = createShadowserverClient(sb.shadowserver.clientOptions);
    const whole = await client.POST("/reports/query", { body });
    const events = await collect(client.paginate("POST", "/reports/query", { body: { ...body, limit: 1 } }));
    expect(events.map((e) => e.ip)).toEqual(whole.data!.map((e) => e.ip));
    expect(events.length).toBeGreaterThan(1);
    const pages = sb.shadowserver.requests.slice(1).map((r) => JSON.parse(r.text) as { page: number; limit: number });
    expect(pages.map((p) => p.page)).toEqual([...events.keys()].map((i) => i + 1).concat(events.length + 1));
    expect(pages.every((p) => p.limit === 1)).toBe(true);
  });

  it("starts at the caller's page, and stops sending when the loop stops", async () => {
    const client = createShadowserverClient(sb.shadowserver.clientOptions);
    const fromTwo = await collect(client.paginate("POST", "/scan/ssl", { body: { query: { ip: "198.51.100.10" }, page: 2, limit: 1 } }));
    expect(JSON.parse(sb.shadowserver.requests[0]!.text).page).toBe(2);
    expect(fromTwo.length).toBe(sb.shadowserver.requests.length - 1);
    sb.reset();
    for await (const event of client.paginate("POST", "/reports/query", { body: { ...body, limit: 1 } })) {
      expect(event.ip).toBeTypeOf("string");
      break;
    }
    expect(sb.shadowserver.requests).toHaveLength(1);
  });

  it("cursor style (WatchMouse rule_log): the answer's uuid goes back as uuid until nothing newer comes", async () => {
    await using client = createWatchMouseClient(sb.watchmouse.clientOptions);
    const probes = await collect(client.paginate("GET", "/rule_log", { params: { query: { num: 1 } } }));
    expect(probes.map((p) => p.name)).toEqual(["Shop homepage", "Checkout API"]);
    const calls = sb.watchmouse.requests.filter((r) => r.url.pathname.endsWith("/rule_log")).map((r) => r.url.searchParams.get("uuid"));
    expect(calls).toEqual([null, "1", "2"]);
  });

  it("a failed page throws: the provider's error class where it has one, else ApiError, with the body redacted", async () => {
    const wrong = createShadowserverClient({ ...sb.shadowserver.clientOptions, secret: "not-the-secret", retry: false });
    const error = await collect(wrong.paginate("POST", "/reports/query", { body })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, provider: "shadowserver", operation: "POST /reports/query" });
    const anonymous = createWatchMouseClient({ baseUrl: sb.watchmouse.baseUrl });
    const refused = await collect(anonymous.paginate("GET", "/rule_log")).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WatchMouseApiError);
  });

  it("an operation the spec declares no paging for is refused when the loop starts", async () => {
    const client = createShadowserverClient(sb.shadowserver.clientOptions);
    const untyped = client.paginate as unknown as (method: string, path: string) => AsyncGenerator<unknown>;
    await expect(collect(untyped("GET", "/net/asn"))).rejects.toBeInstanceOf(InvalidRequestError);
    expect(sb.requests).toHaveLength(0);
  });
});

describe("the paging styles no provider uses yet", () => {
  const table = (paging: Paging) => ({ "GET /things": paging });
  /** A server of 5 items, answered per request by `answer`; records every init. */
  const paginateOver = (paging: Paging, answer: (init: CallInit) => unknown) => {
    const sent: CallInit[] = [];
    const call = async (_method: string, _path: string, init: CallInit) => {
      sent.push(init);
      return { data: answer(init), response: new Response() };
    };
    return { sent, paginate: createPaginate({ provider: "test", paging: table(paging), strategy: {}, redact: (t) => t, call }) };
  };
  const ITEMS = ["a", "b", "c", "d", "e"];

  it("offset: advances by each page's length", async () => {
    const { sent, paginate } = paginateOver({ style: "offset", in: "query", parameter: "offset", limit: "size", items: ["data"] }, (init) => {
      const { offset, size } = init.params!.query as { offset: number; size: number };
      return { data: ITEMS.slice(offset, offset + size) };
    });
    expect(await collect(paginate("GET", "/things", { params: { query: { size: 2 } } }))).toEqual(ITEMS);
    expect(sent.map((init) => (init.params!.query as { offset: number }).offset)).toEqual([0, 2, 4, 5]);
  });

  it("page with totalPages: stops at the last page without asking for an empty one", async () => {
    const { sent, paginate } = paginateOver({ style: "page", in: "query", parameter: "p", items: ["rows"], totalPages: "meta.pages" }, (init) => {
      const p = (init.params!.query as { p: number }).p;
      return { rows: ITEMS.slice((p - 1) * 2, p * 2), meta: { pages: 3 } };
    });
    expect(await collect(paginate("GET", "/things"))).toEqual(ITEMS);
    expect(sent).toHaveLength(3);
  });

  it("cursor: the first page goes without one; a cursor that does not move ends the walk", async () => {
    const { sent, paginate } = paginateOver({ style: "cursor", in: "body", parameter: "after", nextCursor: "next", items: ["items"] }, () => ({ items: ["x"], next: "same" }));
    expect(await collect(paginate("GET", "/things", { body: { filter: 1 } }))).toEqual(["x", "x"]);
    expect(sent.map((init) => init.body)).toEqual([{ filter: 1 }, { filter: 1, after: "same" }]);
  });
});

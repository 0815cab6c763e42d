import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMasheryClient } from "../../generated/mashery/index.js";
import { splitPaging } from "../../src/providers/mashery/query.js";
import { MASHERY_DEMO, startMasheryEmulator, type MasheryEmulator } from "../emulators/index.js";

let emulator: MasheryEmulator;
beforeAll(async () => {
  emulator = await startMasheryEmulator();
  const mashery = createMasheryClient({ ...MASHERY_DEMO, baseUrl: emulator.url });
  for (let i = 1; i <= 7; i++) await mashery.rpc("member.create", [{ username: `pager_${i}`, email: `p${i}@example.org`, company: "Paging Inc" }]);
});
afterAll(() => emulator.close());
const client = () => createMasheryClient({ ...MASHERY_DEMO, baseUrl: emulator.url });
/** The MQL statements the emulator received since `from`. */
const queriesSince = (from: number) => emulator.requests.slice(from).map((r) => JSON.parse(r.text).params[0] as string);

describe("query(): MQL as an async iterator", () => {
  it("walks every page and yields the items in order", async () => {
    const before = emulator.requests.length;
    const names: string[] = [];
    for await (const member of client().query("SELECT * FROM members WHERE company = 'Paging Inc' ORDER BY username ITEMS 3")) names.push(member.username!);
    expect(names).toEqual(["pager_1", "pager_2", "pager_3", "pager_4", "pager_5", "pager_6", "pager_7"]);
    expect(queriesSince(before)).toEqual([1, 2, 3].map((page) => `SELECT * FROM members WHERE company = 'Paging Inc' ORDER BY username PAGE ${page} ITEMS 3`));
  });

  it("asks for 100 items per page (the documented maximum) unless told otherwise", async () => {
    const before = emulator.requests.length;
    const all = [];
    for await (const member of client().query("select * from members")) all.push(member);
    expect(all).toHaveLength(8); // the seeded jdoe_dev and the seven above
    expect(queriesSince(before)).toEqual(["select * from members PAGE 1 ITEMS 100"]);
  });

  it("starts at a given PAGE and reads lazily: stopping the loop stops the requests", async () => {
    const before = emulator.requests.length;
    const seen: string[] = [];
    for await (const member of client().query("SELECT * FROM members WHERE company = 'Paging Inc' ORDER BY username PAGE 2 ITEMS 2")) {
      seen.push(member.username!);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(["pager_3", "pager_4", "pager_5"]);
    expect(queriesSince(before)).toHaveLength(2);
  });

  it("ends at an empty result without further requests", async () => {
    const before = emulator.requests.length;
    const none = [];
    for await (const member of client().query("SELECT * FROM members WHERE company = 'Nobody'")) none.push(member);
    expect(none).toEqual([]);
    expect(queriesSince(before)).toHaveLength(1);
  });

  it("adds relations the query asks for", async () => {
    const keys = [];
    for await (const key of client().query("SELECT *, member FROM keys WHERE status = 'active' ORDER BY id")) keys.push(key);
    // Key 47105 of the examples, and the developer keys the report examples name (seeded for jdoe_dev).
    expect(keys.map((k) => k.id)).toEqual([47105, 47106, 47107]);
    for (const key of keys) expect(key).toMatchObject({ member: expect.objectContaining({ username: "jdoe_dev" }) });
  });

  it("reports a query the server cannot run as an error of the iteration", async () => {
    const iterate = async () => {
      for await (const _ of client().query("SELECT * FROM gadgets")) void _;
    };
    await expect(iterate()).rejects.toMatchObject({ code: -32602, fieldErrors: [{ field: "query", message: 'unknown object type "gadgets"' }] });
  });
});

describe("splitPaging", () => {
  it.each([
    ["SELECT * FROM members", { base: "SELECT * FROM members", page: 1, items: 100 }],
    ["SELECT * FROM keys PAGE 2 ITEMS 1000", { base: "SELECT * FROM keys", page: 2, items: 1000 }],
    ["select * from keys items 5 page 3 ", { base: "select * from keys", page: 3, items: 5 }],
    ["SELECT * FROM members WHERE company = 'PAGE 2'", { base: "SELECT * FROM members WHERE company = 'PAGE 2'", page: 1, items: 100 }],
    ["SELECT * FROM members PAGE 0", { base: "SELECT * FROM members", page: 1, items: 100 }],
  ])("%s", (mql, expected) => {
    expect(splitPaging(mql)).toEqual(expected);
  });
});

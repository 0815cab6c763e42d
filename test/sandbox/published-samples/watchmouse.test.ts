// The sandbox as a contract for programs published for WatchMouse 1.6: WatchMouse's own WordPress plugin
// (Public Status Pages widget, whose settings page picks a folder through JSONP script tags) and a
// third-party reporting demo (rule_stats as JSONP). Both put the documented base `<host>/1.6/` in front
// of the call; the requests below are shaped as they send them, with only the host changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWatchMouseEmulator, WATCHMOUSE_DEMO, WATCHMOUSE_DEMO_TOKEN, type WatchMouseEmulator } from "../../emulators/index.js";
import { sendRaw } from "./raw-http.js";

/** A script tag's request: a plain GET with a browser's Accept, the query written by string concatenation (nothing escaped). */
const scriptTag = (path: string) => ({ method: "GET", path, headers: { Accept: "*/*", "Sec-Fetch-Dest": "script", "Sec-Fetch-Mode": "no-cors" } });

/** Python 2's urllib2.urlopen: a GET with its own three headers. */
const urllib2 = (path: string) => ({ method: "GET", path, headers: { "Accept-Encoding": "identity", "User-Agent": "Python-urllib/2.7", Connection: "close" } });

/** The JSON inside `name(...);`, as both programs take it: from the first "(" to the last ")". */
function unwrap(text: string, callback: string): any {
  expect(text.startsWith(`${callback}(`) && text.endsWith(");")).toBe(true);
  return JSON.parse(text.slice(text.indexOf("(") + 1, text.lastIndexOf(")")));
}

let emulator: WatchMouseEmulator;
beforeAll(async () => {
  emulator = await startWatchMouseEmulator();
});
afterAll(() => emulator.close());

describe("WatchMouse's WordPress plugin (folder picker) against the sandbox", () => {
  it("gets a permanent token with the e-mail unescaped in the query, then the public folders with it", async () => {
    const token = await sendRaw(emulator.url, scriptTag(`/1.6/acct_token?user=${WATCHMOUSE_DEMO.user}&password=${WATCHMOUSE_DEMO.password}&callback=set_token`));
    const { result } = unwrap(token.text, "set_token");
    expect(result).toEqual({ nkey: expect.any(String), uid: expect.any(Number) });

    const folders = await sendRaw(emulator.url, scriptTag(`/1.6/fldr_get?nkey=${result.nkey}&callback=get_folders`));
    const listed: { active: string; public: string; fid: string; name: string }[] = unwrap(folders.text, "get_folders").result.folders;
    expect(listed.filter((f) => f.active === "y" && f.public === "y").map((f) => f.name)).toEqual(["Production"]);
  });

  it("still refuses a wrong API password and an unknown nkey", async () => {
    const token = await sendRaw(emulator.url, scriptTag(`/1.6/acct_token?user=${WATCHMOUSE_DEMO.user}&password=not-the-password&callback=set_token`));
    expect(unwrap(token.text, "set_token")).toMatchObject({ code: 1000, error: expect.any(String) });
    const folders = await sendRaw(emulator.url, scriptTag("/1.6/fldr_get?nkey=00000000000000000000000000000000&callback=get_folders"));
    expect(unwrap(folders.text, "get_folders")).toMatchObject({ code: 1000 });
  });
});

describe("a third-party rule_stats demo against the sandbox", () => {
  it.each(["/1.6", "/latest"])("answers rule_stats by tag and start date as JSONP under %s", async (base) => {
    const today = new Date().toISOString().slice(0, 10);
    const response = await sendRaw(emulator.url, urllib2(`${base}/rule_stats?nkey=${WATCHMOUSE_DEMO_TOKEN}&tags=myproduction&start_date=${today}&callback=json`));
    const { code, result } = unwrap(response.text, "json");
    expect(code).toBe(0);
    expect(result.stats[0]).toMatchObject({ checks: expect.any(String), check_errors: expect.any(String) });
  });
});

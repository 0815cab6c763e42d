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

describe("fidelity to the docs", () => {
  /** ruby-watchmouse: a form-encoded POST (acct_login), then GETs that replay the cookies it was given, with callback=_. */
  const rubyPost = (path: string, form: string, cookie?: string) => ({
    method: "POST",
    path,
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(Buffer.byteLength(form)), ...(cookie ? { Cookie: cookie } : {}) },
    body: form,
  });
  const rubyGet = (path: string, cookie: string) => ({ method: "GET", path, headers: { Accept: "*/*", "User-Agent": "Ruby", Cookie: cookie } });
  /** Ruby's body[2..-3]: the text without `_(` in front and the last two characters. */
  const rubyParse = (text: string) => JSON.parse(text.slice(2, -2));

  it("logs in with a form POST, sets the session as the nkey cookie, and reads the cookie instead of nkey", async () => {
    const login = await sendRaw(emulator.url, rubyPost("/1.6/acct_login", `user=${encodeURIComponent(WATCHMOUSE_DEMO.user)}&password=${encodeURIComponent(WATCHMOUSE_DEMO.password)}&callback=_`));
    const { code, result } = rubyParse(login.text);
    expect(code).toBe(0);
    const cookies = ([] as string[]).concat(login.headers["set-cookie"] ?? []);
    expect(cookies).toEqual([`nkey=${result.nkey}; Path=/; HttpOnly`]);
    const cookie = cookies[0]!.split(";")[0]!;

    const rules = await sendRaw(emulator.url, rubyGet("/1.6/rule_get?callback=_", cookie));
    expect(rules.text.endsWith(");")).toBe(true);
    expect(rubyParse(rules.text)).toMatchObject({ code: 0, result: { rules: expect.any(Array) } });
    const logout = await sendRaw(emulator.url, rubyGet("/1.6/acct_logout?callback=_", cookie));
    expect(rubyParse(logout.text)).toMatchObject({ code: 0 });
    expect(rubyParse((await sendRaw(emulator.url, rubyGet("/1.6/rule_get?callback=_", cookie))).text)).toMatchObject({ code: 1000 });
  });

  it("takes every call as a form POST, nkey and callback in the body, as the ASM plugin sends them", async () => {
    const answer = await sendRaw(emulator.url, rubyPost("/1.6/fldr_get", `nkey=${WATCHMOUSE_DEMO_TOKEN}&callback=folders`));
    expect(unwrap(answer.text, "folders")).toMatchObject({ code: 0, result: { folders: expect.any(Array) } });
  });

  it("refuses a POST body that is not a form", async () => {
    const answer = await sendRaw(emulator.url, { method: "POST", path: "/1.6/fldr_get?view=json", headers: { "Content-Type": "application/json" }, body: `{"nkey":"${WATCHMOUSE_DEMO_TOKEN}"}` });
    expect(JSON.parse(answer.text)).toMatchObject({ code: 1001 });
  });

  it("lets the Accept header take precedence over view", async () => {
    const json = await sendRaw(emulator.url, { method: "GET", path: `/1.6/cp_list?nkey=${WATCHMOUSE_DEMO_TOKEN}`, headers: { Accept: "application/json" } });
    expect(json.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(json.text)).toMatchObject({ code: 0 });
    const xml = await sendRaw(emulator.url, { method: "GET", path: `/1.6/cp_list?nkey=${WATCHMOUSE_DEMO_TOKEN}&view=json`, headers: { Accept: "text/xml, application/json;q=0.5" } });
    expect(xml.headers["content-type"]).toBe("text/xml");
    expect(xml.text).toMatch(/^<\?xml/);
    const browser = await sendRaw(emulator.url, { method: "GET", path: `/1.6/cp_list?nkey=${WATCHMOUSE_DEMO_TOKEN}&view=json`, headers: { Accept: "*/*" } });
    expect(browser.headers["content-type"]).toBe("application/json");
  });

  it("answers <call>?doc with the call's generated documentation page", async () => {
    const page = await sendRaw(emulator.url, { method: "GET", path: "/latest/rule_get?doc" });
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.text).toContain("<title>CA App Synthetic Monitor API 8.2.10b : rule_get</title>");
    expect(page.text).toMatch(/<td>tags_req<\/td>/);
    expect(page.text).toMatch(/<td>1008<\/td><td>session expired<\/td>/);
  });

  it("never reflects a callback that is not an identifier", async () => {
    const answer = await sendRaw(emulator.url, scriptTag(`/1.6/cp_list?nkey=${WATCHMOUSE_DEMO_TOKEN}&callback=${encodeURIComponent("alert(1);x")}&view=json`));
    expect(answer.text).not.toContain("alert");
    expect(JSON.parse(answer.text)).toMatchObject({ code: 1013, info: expect.stringContaining("callback") });
  });

  it("refuses a parameter that breaks the spec with 1013 naming it", async () => {
    const answer = await sendRaw(emulator.url, scriptTag(`/1.6/rule_get?nkey=${WATCHMOUSE_DEMO_TOKEN}&tags_req=some&callback=cb`));
    expect(unwrap(answer.text, "cb")).toMatchObject({ code: 1013, info: expect.stringContaining('"tags_req"') });
  });
});

// WatchMouse answers in XML by default, and echoes what the caller sent (a folder name in an error's
// info): the document must stay well-formed XML 1.0 whatever characters that echo holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendRaw } from "../sandbox/published-samples/raw-http.js";
import { startWatchMouseEmulator, WATCHMOUSE_DEMO_TOKEN, type WatchMouseEmulator } from "../emulators/index.js";

/**
 * A character XML 1.0 does not allow anywhere in a document, not even as a character reference
 * (production [2] Char: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and up).
 * A strict parser stops at the first one: a body without any, whose markup the emulator escapes,
 * is what such a parser accepts.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

let emulator: WatchMouseEmulator;
beforeAll(async () => void (emulator = await startWatchMouseEmulator()));
afterAll(() => emulator.close());

const folderAsXml = (encodedName: string) =>
  sendRaw(emulator.url, { method: "GET", path: `/fldr_get?nkey=${WATCHMOUSE_DEMO_TOKEN}&name=${encodedName}`, headers: { Accept: "text/xml" } });

describe("WatchMouse XML output", () => {
  it.each([
    ["U+0001", "%01"],
    ["U+0000", "%00"],
    ["U+000B and U+000C", "%0B%0C"],
    ["U+001F", "%1F"],
    ["U+FFFE and U+FFFF", "%EF%BF%BE%EF%BF%BF"],
  ])("replaces %s, which XML forbids, with U+FFFD in an echoed folder name", async (_, encodedName) => {
    const { status, headers, text } = await folderAsXml(encodedName);
    expect(status).toBe(200);
    expect(headers["content-type"]).toBe("text/xml");
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<response>.*<code>1002<\/code>.*<\/response>$/s);
    expect(text).not.toMatch(NOT_XML_CHAR);
    expect(text).toContain("\uFFFD");
  });

  it("keeps the characters XML allows: tab, newline, markup escaped, beyond the BMP", async () => {
    const { text } = await folderAsXml(encodeURIComponent("a\tb\nc<d>&\"😀"));
    expect(text).not.toMatch(NOT_XML_CHAR);
    expect(text).toContain("a\tb\nc&lt;d&gt;&amp;&quot;😀");
    expect(text).not.toContain("\uFFFD");
  });
});

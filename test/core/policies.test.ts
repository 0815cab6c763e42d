import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRedactor, redactHeaders, sentCredentials } from "../../src/core/redact.js";
import { backoffDelay, isRetryableStatus, RETRY_DEFAULTS, retryAfterMs } from "../../src/core/retry.js";

const secretArb = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/_-.~"), minLength: 8, maxLength: 48 });

describe("backoffDelay", () => {
  it("stays in [0, min(max, base·2^(n-1))) with full jitter", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, base, max, r) => {
        const options = { ...RETRY_DEFAULTS, baseDelayMs: base, maxDelayMs: max };
        const ceiling = Math.min(max, base * 2 ** (attempt - 1));
        const delay = backoffDelay(attempt, options, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
        expect(Number.isInteger(delay)).toBe(true);
      }),
    );
  });

  it("doubles the ceiling per attempt and stops at the cap", () => {
    const options = { ...RETRY_DEFAULTS, baseDelayMs: 100, maxDelayMs: 1000 };
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, options, top))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
  });

  it("uses every part of the range (full jitter, not equal jitter)", () => {
    const options = { ...RETRY_DEFAULTS, baseDelayMs: 1000, maxDelayMs: 1000 };
    const samples = Array.from({ length: 2000 }, () => backoffDelay(1, options));
    expect(Math.min(...samples)).toBeLessThan(100);
    expect(Math.max(...samples)).toBeGreaterThan(900);
  });
});

describe("retryAfterMs", () => {
  const now = Date.UTC(2024, 0, 1, 12, 0, 0);
  it("reads delta-seconds", () => {
    expect(retryAfterMs("0", now)).toBe(0);
    expect(retryAfterMs("1", now)).toBe(1000);
    expect(retryAfterMs(" 120 ", now)).toBe(120_000);
    expect(retryAfterMs("1.5", now)).toBe(1500);
  });
  it("reads an HTTP date, relative to now, never negative", () => {
    expect(retryAfterMs(new Date(now + 30_000).toUTCString(), now)).toBe(30_000);
    expect(retryAfterMs("Mon, 01 Jan 2024 12:00:05 GMT", now)).toBe(5000);
    expect(retryAfterMs(new Date(now - 60_000).toUTCString(), now)).toBe(0);
  });
  it("ignores absent or unreadable values", () => {
    for (const value of [null, undefined, "", "soon", "-5", "1e3", "NaN", "  "]) expect(retryAfterMs(value, now)).toBeUndefined();
  });
  it("never throws and is undefined or a finite non-negative number", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const ms = retryAfterMs(value, now);
        if (ms !== undefined) expect(Number.isFinite(ms) && ms >= 0).toBe(true);
      }),
    );
  });
});

describe("isRetryableStatus", () => {
  it("retries 408, 409, 429 and 5xx only", () => {
    expect([408, 409, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 201, 204, 301, 400, 401, 403, 404, 422].some(isRetryableStatus)).toBe(false);
  });
});

describe("createRedactor", () => {
  it("removes the given secrets, raw and URL-encoded", () => {
    fc.assert(
      fc.property(secretArb, fc.string(), fc.string(), (secret, before, after) => {
        const redact = createRedactor(() => [secret]);
        const out = redact(`${before}${secret}${after} ${encodeURIComponent(secret)}`);
        expect(out).toContain("[redacted]");
        expect(out.includes(encodeURIComponent(secret))).toBe(false);
        // What is left of the secret can only come from the surrounding random text.
        if (!before.includes(secret) && !after.includes(secret) && !`${before}[redacted]${after}`.includes(secret)) expect(out.includes(secret)).toBe(false);
      }),
    );
  });

  it("removes the value of sensitive name=value and \"name\": \"value\" pairs even when the value is unknown", () => {
    const redact = createRedactor(() => []);
    expect(redact("GET /x?api_key=abc123&sig=deadbeef&page=2")).toBe("GET /x?api_key=[redacted]&sig=[redacted]&page=2");
    expect(redact('{"password": "hunter22", "nkey": "n-123", "name": "ok"}')).toBe('{"password": "[redacted]", "nkey": "[redacted]", "name": "ok"}');
    expect(redact("Authorization: key=K,timestamp=1,nonce=N")).toContain("Authorization: [redacted]");
    expect(redact("HMAC2=0a0b0c secret: s3cr3t apikey=1234")).toBe("HMAC2=[redacted] secret: [redacted] apikey=[redacted]");
  });

  it("also removes those pairs as servers echo them: percent-encoded, JSON-escaped, as header lines", () => {
    const redact = createRedactor(() => []);
    expect(redact("x %22hmac2%22%3A%22deadbeef%22 y")).toBe("x %22hmac2%22%3A%22[redacted]%22 y");
    expect(redact("next=%2Fq%3Fsig%3Dabc123%26page%3D2")).toBe("next=%2Fq%3Fsig%3D[redacted]%26page%3D2");
    expect(redact("nkey%3ds-1%2f2")).toBe("nkey%3d[redacted]");
    expect(redact('{\\"hmac2\\":\\"abc\\"}')).toBe('{\\"hmac2\\":\\"[redacted]\\"}');
    expect(redact("HMAC2: 0a0b0c\r\nX-Other: 1")).toBe("HMAC2: [redacted]\r\nX-Other: 1");
    // A name inside a longer word is not one.
    expect(redact("monkey=banana tokens=3")).toBe("monkey=banana tokens=3");
  });

  it("removes the given secrets in every form a server may echo them: form-encoded, lowercase hex, JSON with \\/ and \\u escapes", () => {
    const redact = createRedactor(() => ["pass/word 42!", "clé-secrète"]);
    const echoes = ["pass%2Fword+42%21", "pass%2fword%2042!", "pass\\/word 42!", '"pass\\/word 42!"', "cl\\u00e9-secr\\u00e8te", "cl%C3%A9-secr%C3%A8te", "cl%c3%a9-secr%c3%a8te"];
    for (const echo of echoes) expect(redact(`[${echo}]`)).toBe(echo.startsWith('"') ? '["[redacted]"]' : "[[redacted]]");
  });

  it("redacts the longest secret first, so a secret containing another leaves nothing behind", () => {
    const redact = createRedactor(() => ["abcdef", "abcdefghij"]);
    expect(redact("x abcdefghij y")).toBe("x [redacted] y");
  });

  it("redactHeaders blanks sensitive headers and redacts the rest; sentCredentials finds what a request carries", () => {
    const redact = createRedactor(() => ["k-123"]);
    const headers = redactHeaders(new Headers({ "X-Echo": "key k-123 and sig=ff00", Authorization: "key=whatever", "Set-Cookie": "nkey=s-9" }), redact);
    expect([...headers]).toEqual([["authorization", "[redacted]"], ["set-cookie", "nkey=[redacted]"], ["x-echo", "key [redacted] and sig=[redacted]"]]);
    expect(sentCredentials("https://x/y?apikey=a1&page=2&sig=s1", new Headers({ HMAC2: "h1", Accept: "*/*" }))).toEqual(["a1", "s1", "h1"]);
  });

  it("reads the secrets lazily (keys handed out by a login are redacted too)", () => {
    const secrets: string[] = [];
    const redact = createRedactor(() => secrets);
    secrets.push("late-secret-1");
    expect(redact("oops late-secret-1")).toBe("oops [redacted]");
  });
});

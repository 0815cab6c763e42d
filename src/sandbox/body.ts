/// <reference types="node" />
// Reads a request body up to a limit. A client that hangs up, a malformed chunked body or a body
// over the limit ends the read with an outcome, never an exception.
import type { IncomingMessage } from "node:http";

export type BodyRead = { ok: true; raw: Buffer } | { ok: false; reason: "too-large" | "broken" };

/** 1 MiB: far above anything the emulated APIs take. */
export const MAX_BODY_BYTES = 1024 * 1024;

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyRead> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.resolve({ ok: false, reason: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: BodyRead) => {
      req.removeAllListeners("data");
      resolve(outcome);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause();
        return finish({ ok: false, reason: "too-large" });
      }
      chunks.push(chunk);
    });
    req.on("end", () => finish({ ok: true, raw: Buffer.concat(chunks) }));
    req.on("error", () => finish({ ok: false, reason: "broken" }));
    req.on("aborted", () => finish({ ok: false, reason: "broken" }));
    req.on("close", () => {
      if (!req.complete) finish({ ok: false, reason: "broken" });
    });
  });
}

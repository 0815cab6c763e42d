/// <reference types="node" />
// An emulator's answer and how it goes on the wire: in full, or cut off halfway (the reset fault).
import type { ServerResponse } from "node:http";

export interface Reply {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string | string[]>;
}

/** CORS is open, so browser tests and pages can call an emulator. */
const CORS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  // "*" does not cover Authorization (a header some APIs sign with): it is named too.
  "Access-Control-Allow-Headers": "*, Authorization",
  "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, PATCH, OPTIONS",
  "Access-Control-Expose-Headers": "*",
};

export function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.headersSent) return;
  const { headers, payload } = render(reply);
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** The headers and the first half of the body (announced in full by Content-Length), then a destroyed socket. */
export function sendPartly(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.headersSent) return;
  const { headers, payload } = render(reply);
  const bytes = Buffer.from(payload ?? JSON.stringify({ padding: "x".repeat(64) }));
  res.writeHead(reply.status, { ...headers, "Content-Type": headers["Content-Type"] ?? "application/json", "Content-Length": String(bytes.length) });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
}

function render(reply: Reply): { headers: Record<string, string | string[]>; payload?: string } {
  const headers: Record<string, string | string[]> = { ...CORS, ...reply.headers };
  let payload: string | undefined;
  if (reply.body !== undefined) {
    const type = reply.contentType ?? "application/json";
    headers["Content-Type"] = type;
    payload = typeof reply.body === "string" && !type.includes("json") ? reply.body : JSON.stringify(reply.body);
  }
  return { headers, payload };
}

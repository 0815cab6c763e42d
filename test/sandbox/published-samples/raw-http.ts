// Requests shaped byte for byte like the ones a published sample program sends: the header names
// with their case, the values, the body bytes. fetch() would add and normalise headers of its own,
// so node:http is used, which adds only Host and Connection (each request on its own connection).
import { request, type IncomingHttpHeaders } from "node:http";

export interface RawRequest {
  method: string;
  /** The request-target as sent: path and query string. */
  path: string;
  /** In the order and spelling of the sample's wire request. */
  headers?: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export function sendRaw(baseUrl: string, raw: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: hostname, port, method: raw.method, path: raw.path, headers: raw.headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(raw.body);
  });
}

/** The byte length a sample announces in Content-Length. */
export const byteLength = (text: string): string => String(Buffer.byteLength(text));

/**
 * Rebuilds a Request with a new URL and/or body. Reading the body first (instead of passing the
 * old Request as init) avoids streaming bodies, which Node's fetch only accepts with `duplex`.
 */
export async function rebuildRequest(
  request: Request,
  changes: { url?: string; body?: string; headers?: Record<string, string> },
): Promise<Request> {
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const body = changes.body ?? (hasBody ? await request.clone().arrayBuffer() : undefined);
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(changes.headers ?? {})) headers.set(name, value);
  return new Request(changes.url ?? request.url, {
    method: request.method,
    headers,
    body: hasBody ? body : undefined,
    signal: request.signal,
    redirect: request.redirect,
    credentials: request.credentials,
  });
}

/** Reads a request body as text without consuming the original. */
export async function readBody(request: Request): Promise<string> {
  if (request.method === "GET" || request.method === "HEAD") return "";
  return request.clone().text();
}

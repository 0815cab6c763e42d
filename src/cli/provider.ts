import type { OperationCatalog } from "../core/catalog.js";
import type { ProviderDefinition } from "../core/provider.js";

/** A provider as generated/providers.ts lists it: its folder's definition plus what the spec says. */
export interface ListedProvider extends ProviderDefinition {
  name: string;
  catalog: OperationCatalog;
  /** The bundled spec (generated/<p>/openapi.json), read when a command needs its schemas. */
  spec: URL;
  createClient(options: Record<string, unknown>): CliClient;
}

type Call = (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
/** A provider client as the command uses it; `logout` is there when the client holds a session. */
export type CliClient = Record<HttpMethod, Call> & { logout?(): Promise<void> };

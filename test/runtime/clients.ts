// One client per provider, with demo credentials, pointed at a test server.
import { createCloudTraxClient } from "../../generated/cloudtrax/index.js";
import { createMasheryClient } from "../../generated/mashery/index.js";
import { createShadowserverClient } from "../../generated/shadowserver/index.js";
import { createWatchMouseClient } from "../../generated/watchmouse/index.js";
import type { CallOptions, ClientOptions } from "../../src/core/options.js";

export const CREDENTIALS = {
  cloudtrax: { key: "ct-key-0123456789", secret: "ct-secret-0123456789" },
  mashery: { apiKey: "ma-key-0123456789", secret: "ma-secret-0123456789", siteId: 789 },
  shadowserver: { apiKey: "ss-key-0123456789", secret: "ss-secret-0123456789" },
  watchmouse: { user: "ops@example.org", password: "wm-password-0123456789" },
} as const;

type AnyCall = (init?: CallOptions) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** A signed, credentialed call of each provider: what would leak if a redirect were followed. */
export function signedCalls(baseUrl: string, options: ClientOptions = {}): Record<keyof typeof CREDENTIALS, AnyCall> {
  const ct = createCloudTraxClient({ ...CREDENTIALS.cloudtrax, ...options, baseUrl });
  const ma = createMasheryClient({ ...CREDENTIALS.mashery, ...options, baseUrl });
  const ss = createShadowserverClient({ ...CREDENTIALS.shadowserver, ...options, baseUrl });
  const wm = createWatchMouseClient({ nkey: "wm-token-0123456789", ...options, baseUrl });
  return {
    cloudtrax: (init) => ct.GET("/network/list", { ...init }),
    mashery: (init) => ma.POST("/json-rpc/{site_id}", { body: { method: "member.fetch", params: ["jdoe"], id: 1 }, ...init } as never),
    shadowserver: (init) => ss.POST("/key/info", { body: {}, ...init } as never),
    watchmouse: (init) => wm.GET("/rule_get", { ...init } as never),
  };
}

/** Every credential value a request of signedCalls() carries. */
export const SECRETS = ["ct-key-0123456789", "ma-key-0123456789", "ss-key-0123456789", "wm-token-0123456789", "wm-password-0123456789", "ops@example.org"];

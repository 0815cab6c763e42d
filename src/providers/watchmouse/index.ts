import { defineProvider } from "../../core/provider.js";
import { clientDefinition } from "./auth.js";
import { resolveOptions } from "./cli.js";

export default defineProvider({
  client: clientDefinition,
  cli: { resolveOptions },
  sandbox: {
    port: 4040,
    // The demo account's user and API password (a session per call).
    credentials: { user: "ops@example.org", password: "demo-api-password-7" },
    // The demo account's permanent token, as acct_token would issue it.
    otherCredentials: { token: { nkey: "e47a90c35f2b4d8e9a61c0b7d2f83e15" } },
  },
});

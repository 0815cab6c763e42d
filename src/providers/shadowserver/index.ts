import { defineProvider } from "../../core/provider.js";
import { clientDefinition } from "./auth.js";
import { resolveOptions } from "./cli.js";

export default defineProvider({
  client: clientDefinition,
  cli: { resolveOptions },
  sandbox: {
    port: 4030,
    // The key and secret of the docs' examples.
    credentials: { apiKey: "123456798", secret: "MySecret" },
  },
});

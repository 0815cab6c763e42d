import { defineProvider } from "../../core/provider.js";
import { clientDefinition } from "./auth.js";
import { commands, resolveOptions } from "./cli.js";

export default defineProvider({
  client: clientDefinition,
  cli: { resolveOptions, commands },
  sandbox: {
    port: 4020,
    // The documentation's example key and secret, and the site id of its Python sample.
    credentials: { apiKey: "2fvmer3qbk7f3jnqneg58bu2", secret: "qvxkmw57pec7", siteId: "789" },
  },
});

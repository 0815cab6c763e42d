import { defineProvider } from "../../core/provider.js";
import { clientDefinition } from "./auth.js";
import { resolveOptions } from "./cli.js";

export default defineProvider({
  client: clientDefinition,
  cli: { resolveOptions },
  sandbox: {
    port: 4010,
    // The sample account key of the docs' README, with the secret their examples use.
    credentials: {
      key: "1b88730ac5ba6000a1271e0b2a2edb5a163ce77bf9630850f22f8ca3de490a5f",
      secret: "0032665e503e866e331408bdb1edf02041abc53d21f6b9d70ce4495bee1de31d",
    },
  },
});

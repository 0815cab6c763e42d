import type { CliContext } from "../provider.js";
export function resolveOptions(_context: CliContext): Record<string, unknown> { return {}; }

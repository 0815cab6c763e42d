/// <reference types="node" />
import path from "node:path";
import { pickBaseUrl } from "../../cli/base-url.js";
import { readApiSection } from "../../cli/credential-file.js";
import type { CliContext } from "../../core/provider.js";
import { UsageError } from "../../cli/usage-error.js";

interface IniCredentials {
  user?: string;
  password?: string;
  nkey?: string;
  url?: string;
}

/**
 * Credentials for `specfirst watchmouse`: WATCHMOUSE_USER + WATCHMOUSE_PASSWORD (a session) or
 * WATCHMOUSE_NKEY (a permanent token), else `~/.watchmouse.ini` (`[api] user, password, nkey,
 * url`), else anonymous. The environment wins over the file as a whole, so credentials are never
 * half from one and half from the other; an nkey wins over user and password (it uses no session).
 */
export function resolveOptions(context: CliContext): Record<string, unknown> {
  const file = context.configFile ?? path.join(context.home, ".watchmouse.ini");
  const ini = readApiSection<IniCredentials>(file, { required: context.configFile !== undefined, expected: "user, password, nkey or url" });
  const { env } = context;
  const fromEnv = env.WATCHMOUSE_USER || env.WATCHMOUSE_PASSWORD || env.WATCHMOUSE_NKEY;
  const chosen: IniCredentials = fromEnv ? { user: env.WATCHMOUSE_USER, password: env.WATCHMOUSE_PASSWORD, nkey: env.WATCHMOUSE_NKEY } : ini;
  const url = pickBaseUrl([[context.baseUrl, "--base-url"], [env.WATCHMOUSE_BASE_URL, "WATCHMOUSE_BASE_URL"], [ini.url, `url in ${file}`]]);
  return { ...credentials(chosen, fromEnv ? "WATCHMOUSE_USER and WATCHMOUSE_PASSWORD" : `user and password in ${file}`), ...(url ? { baseUrl: url } : {}) };
}

function credentials({ user, password, nkey }: IniCredentials, where: string): Record<string, string> {
  if (nkey) return { nkey };
  if (user && password) return { user, password };
  if (user || password) throw new UsageError(`a WatchMouse session needs both ${where}`);
  return {};
}


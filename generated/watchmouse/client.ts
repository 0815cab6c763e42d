// Generated from specs/watchmouse by scripts/pipeline/render.ts. Do not edit.
import { createProviderClient, type ProviderClient, type ProviderClientOptions } from "../../src/core/client.js";
import { createPaginate } from "../../src/core/paginate.js";
import { clientDefinition } from "../../src/providers/watchmouse/auth.js";
import { version } from "../version.js";
import { operationTable } from "./operations.js";
import type { paths } from "./schema.js";

type Bound = never;
export type WatchMouseClient = ProviderClient<paths, typeof clientDefinition, Bound, typeof operationTable.paging>;
export type WatchMouseClientOptions = ProviderClientOptions<typeof clientDefinition>;
/** A typed WatchMouse API client, signed by src/providers/watchmouse/. */
export const createWatchMouseClient = createProviderClient<paths, typeof clientDefinition, Bound, typeof operationTable.paging>(clientDefinition, operationTable, version, createPaginate);

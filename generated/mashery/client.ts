// Generated from specs/mashery by scripts/pipeline/render.ts. Do not edit.
import { createProviderClient, type ProviderClient, type ProviderClientOptions } from "../../src/core/client.js";
import { clientDefinition } from "../../src/providers/mashery/auth.js";
import { version } from "../version.js";
import { operationTable } from "./operations.js";
import type { paths } from "./schema.js";

type Bound = "site_id";
export type MasheryClient = ProviderClient<paths, typeof clientDefinition, Bound, typeof operationTable.paging>;
export type MasheryClientOptions = ProviderClientOptions<typeof clientDefinition>;
/** A typed Mashery V2 API client, signed by src/providers/mashery/. */
export const createMasheryClient = createProviderClient<paths, typeof clientDefinition, Bound, typeof operationTable.paging>(clientDefinition, operationTable, version);

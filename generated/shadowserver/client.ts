// Generated from specs/shadowserver by scripts/pipeline/render.ts. Do not edit.
import { createProviderClient, type ProviderClient, type ProviderClientOptions } from "../../src/core/client.js";
import { createPaginate } from "../../src/core/paginate.js";
import { clientDefinition } from "../../src/providers/shadowserver/auth.js";
import { version } from "../version.js";
import { operationTable } from "./operations.js";
import type { paths } from "./schema.js";

type Bound = never;
export type ShadowserverClient = ProviderClient<paths, typeof clientDefinition, Bound, typeof operationTable.paging>;
export type ShadowserverClientOptions = ProviderClientOptions<typeof clientDefinition>;
/** A typed Shadowserver API client, signed by src/providers/shadowserver/. */
export const createShadowserverClient = createProviderClient<paths, typeof clientDefinition, Bound, typeof operationTable.paging>(clientDefinition, operationTable, version, createPaginate);

// Generated from specs/cloudtrax by scripts/pipeline/render.ts. Do not edit.
import { createProviderClient, type ProviderClient, type ProviderClientOptions } from "../../src/core/client.js";
import { clientDefinition } from "../../src/providers/cloudtrax/auth.js";
import { version } from "../version.js";
import { operationTable } from "./operations.js";
import type { paths } from "./schema.js";

type Bound = never;
export type CloudTraxClient = ProviderClient<paths, typeof clientDefinition, Bound, typeof operationTable.paging>;
export type CloudTraxClientOptions = ProviderClientOptions<typeof clientDefinition>;
/** A typed CloudTrax API client, signed by src/providers/cloudtrax/. */
export const createCloudTraxClient = createProviderClient<paths, typeof clientDefinition, Bound, typeof operationTable.paging>(clientDefinition, operationTable, version);

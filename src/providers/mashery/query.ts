import type { components } from "../../../generated/mashery/schema.js";
import type { CallOptions } from "../../core/options.js";
import { walkPages } from "../../core/paging.js";
import type { MasheryRpc } from "./rpc.js";

type Schemas = components["schemas"];

/** Object types by their name in MQL's FROM clause (the plural: members, package_keys, developer_classes). */
type Objects = {
  member: Schemas["Member"];
  key: Schemas["Key"];
  application: Schemas["Application"];
  package_key: Schemas["PackageKey"];
  package: Schemas["Package"];
  plan: Schemas["Plan"];
  service: Schemas["Service"];
  role: Schemas["Role"];
  developer_class: Schemas["DeveloperClass"];
  service_class: Schemas["ServiceClass"];
  access_rule: Schemas["AccessRule"];
  email_template: Schemas["EmailTemplate"];
  email_template_set: Schemas["EmailTemplateSet"];
  method_override: Schemas["MethodOverride"];
  plan_endpoint: Schemas["PlanEndpoint"];
  plan_filter: Schemas["PlanFilter"];
  plan_method: Schemas["PlanMethod"];
  plan_service: Schemas["PlanService"];
  response_filter: Schemas["ResponseFilter"];
  response_filter_format: Schemas["ResponseFilterFormat"];
  service_definition: Schemas["ServiceDefinition"];
  service_definition_endpoint: Schemas["ServiceDefinitionEndpoint"];
  service_definition_method: Schemas["ServiceDefinitionMethod"];
  service_definition_response: Schemas["ServiceDefinitionResponse"];
};
type Plural<S extends string> = S extends `${infer Stem}class` ? `${Stem}classes` : `${S}s`;
type ObjectsByPlural = { [K in keyof Objects & string as Plural<K>]: Objects[K] };

type FromClause<Q extends string> = Uppercase<Q> extends `${string}FROM ${infer Rest}` ? (Rest extends `${infer Type} ${string}` ? Type : Rest) : never;

type ItemOf<Type> = [Type] extends [never] ? Record<string, unknown> : Type extends keyof ObjectsByPlural ? ObjectsByPlural[Type] : Record<string, unknown>;

/** The item type of a query, read from its FROM clause; an object of unknown fields when the type is not known. */
export type MasheryQueryItem<Q extends string> = ItemOf<Lowercase<FromClause<Q>>>;

/**
 * Runs an MQL query and yields every matching item, page after page. A trailing `PAGE n` is the
 * first page to read and `ITEMS n` the page size (default 100, the documented maximum). Pages are
 * read lazily; stopping the loop stops the requests. The options (signal, timeoutMs, retry…) apply
 * to each page's call.
 */
export type MasheryQuery = <Q extends string>(mql: Q, options?: CallOptions) => AsyncGenerator<MasheryQueryItem<Q>, void, undefined>;

const DEFAULT_PAGE_SIZE = 100;
// Only trailing clauses: a WHERE value such as 'PAGE 2' must stay untouched.
const TRAILING_CLAUSE = /\s+(PAGE|ITEMS)\s+(\d+)\s*$/i;

/**
 * MQL pages through PAGE/ITEMS clauses inside the statement, which x-paging cannot say: query()
 * builds each page's statement and leaves the walk to the shared loop (src/core/paging.ts).
 */
export function createQuery(rpc: MasheryRpc): MasheryQuery {
  return ((mql: string, options?: CallOptions) => {
    const { base, items, page: first } = splitPaging(mql);
    return walkPages(first, async (page) => {
      const result = await rpc("object.query", [`${base} PAGE ${page} ITEMS ${items}`], options);
      // total_pages may come from Mashery's cache; an empty page ends the walk either way.
      return { items: result.items, next: page >= result.total_pages ? undefined : page + 1 };
    });
  }) as MasheryQuery;
}

export function splitPaging(mql: string): { base: string; page: number; items: number } {
  let base = mql.trim();
  const clauses: Record<string, number> = {};
  for (let match = TRAILING_CLAUSE.exec(base); match; match = TRAILING_CLAUSE.exec(base)) {
    clauses[match[1]!.toUpperCase()] ??= Number(match[2]);
    base = base.slice(0, match.index);
  }
  return { base, page: Math.max(1, clauses.PAGE ?? 1), items: Math.max(1, clauses.ITEMS ?? DEFAULT_PAGE_SIZE) };
}

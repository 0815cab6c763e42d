// The emulator's in-memory Mashery area: every object type of the spec can be created, fetched,
// updated, validated and deleted; member, key and application get Mashery's own rules on top
// (./rules.ts), and deleted usernames stay reserved.
import { deref, type Spec } from "../../../sandbox/spec.js";
import { matches, parseQuery } from "./mql.js";
import { derivedFields, fieldProblems, missingFields, type FieldError } from "./rules.js";

export type MasheryObject = Record<string, unknown>;

/** A JSON-RPC failure: the documented code, message and field errors, and the HTTP status it travels with. */
export class RpcFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: FieldError[],
    readonly status = code === 2003 || code === -32603 ? 500 : 400,
  ) {
    super(message);
  }
}

const invalid = (data: FieldError[]) => new RpcFailure(1000, "Invalid Object", data);

export class MasheryStore {
  private readonly tables = new Map<string, Map<string, MasheryObject>>();
  /** A deleted member's username stays taken. */
  private readonly reservedUsernames = new Set<string>();
  private nextId = 50_000;

  constructor(
    private readonly spec: Spec,
    private readonly now: () => number,
    private readonly siteId: string,
  ) {}

  /** Every stored object of a type (member, key…), e.g. to count creates in tests. */
  all(type: string): MasheryObject[] {
    return [...this.table(type).values()].map((o) => this.output(type, o));
  }

  /** Puts an object in as is (seeding from the spec's examples). */
  seed(type: string, object: MasheryObject): void {
    this.table(type).set(String(object[primaryKey(type)]), { object_type: type, ...object });
  }

  /** Runs one JSON-RPC method whose params already passed the spec's schema. */
  call(method: string, params: unknown[]): unknown {
    const [type, verb] = method.split(".") as [string, string];
    if (type === "test") return verb === "echo" ? params[0] : "Hello!";
    if (type === "area") return { object_type: "area", id: Number(this.siteId), name: "Emulated area" };
    if (type === "object") return this.objectMethod(verb, params);
    if (type === "service" && verb.includes("Cache")) {
      // The cache methods are undocumented: the emulator only checks the service exists.
      this.require("service", params[0]);
      return null;
    }
    switch (verb) {
      case "fetch": {
        const found = this.find(type, params[0]);
        return found ? this.output(type, found) : null;
      }
      case "create": return this.create(type, params[0] as MasheryObject);
      case "update": return this.update(type, params[0] as MasheryObject);
      case "validate": return this.validate(type, params[0] as MasheryObject);
      case "delete": return this.delete(type, params[0]);
      case "clone": return this.clone(type, params[0]);
      case "addRole":
      case "removeRole": return this.changeRole(verb, params[0] as MasheryObject, params[1] as MasheryObject);
    }
    throw new RpcFailure(-32601, "Method not found");
  }

  /**
   * Mashery's own answer to an identifier object without its key field (`{}` for member.fetch):
   * 1002 `Field "username" is required`, rather than a generic invalid-params error.
   */
  missingIdentifier(method: string, params: unknown[]): RpcFailure | undefined {
    const [type, verb] = method.split(".") as [string, string];
    const identifying = { fetch: [0], delete: [0], update: [0], clone: [0], addRole: [0, 1], removeRole: [0, 1] }[verb] ?? [];
    for (const index of identifying) {
      const target = verb.endsWith("Role") && index === 1 ? "role" : type;
      const value = params[index];
      if (typeof value === "object" && value !== null && !Array.isArray(value) && (value as MasheryObject)[primaryKey(target)] === undefined) {
        return new RpcFailure(1002, `Field "${primaryKey(target)}" is required`);
      }
    }
    return undefined;
  }

  private objectMethod(verb: string, params: unknown[]): unknown {
    if (verb === "list") return this.objectTypes();
    if (verb === "describe") {
      const wanted = params[0] as string[];
      return wanted.filter((t) => this.objectTypes().includes(t)).map((t) => ({ object_type: t, schema: this.schemaOf(t) }));
    }
    return this.query(params[0] as string);
  }

  private query(text: string): unknown {
    let parsed;
    try {
      parsed = parseQuery(text);
    } catch (error) {
      throw new RpcFailure(-32602, "Invalid params", [{ field: "query", message: (error as Error).message }]);
    }
    const type = this.objectTypes().find((t) => plural(t) === parsed.from);
    if (!type) throw new RpcFailure(-32602, "Invalid params", [{ field: "query", message: `unknown object type "${parsed.from}"` }]);
    const related = parsed.requireRelated;
    if (related && !this.objectTypes().some((t) => plural(t) === related.type)) {
      throw new RpcFailure(-32602, "Invalid params", [{ field: "query", message: `unknown object type "${related.type}"` }]);
    }
    let rows = [...this.table(type).values()].filter(
      (o) => matches(parsed.where, (field) => this.read(type, o, field)) && (!related || this.related(type, o, related.type).some((r) => matches(related.where, (field) => r[field]))),
    );
    if (parsed.orderBy) {
      const { field, descending } = parsed.orderBy;
      rows = rows.sort((a, b) => String(a[field] ?? "").localeCompare(String(b[field] ?? ""), "en", { numeric: true }) * (descending ? -1 : 1));
    }
    // 100 records per page at most, as documented; 25 when ITEMS is left out, as in the example.
    const perPage = Math.min(100, Math.max(1, parsed.items ?? 25));
    const page = Math.max(1, parsed.page ?? 1);
    return {
      total_items: String(rows.length),
      items_per_page: perPage,
      total_pages: Math.ceil(rows.length / perPage),
      current_page: page,
      items: rows.slice((page - 1) * perPage, page * perPage).map((o) => this.select(type, o, parsed.fields)),
    };
  }

  /** `*` is every field of the base type; other names are fields or the relations member, service, keys and applications. */
  private select(type: string, object: MasheryObject, fields: string[]): MasheryObject {
    const full = this.output(type, object);
    const picked: MasheryObject = fields.includes("*") ? full : { object_type: type };
    for (const field of fields.filter((f) => f !== "*")) {
      if (field === "member" || field === "service") picked[field] = this.related(type, object, field)[0] ?? null;
      else if (type === "member" && (field === "keys" || field === "applications")) picked[field] = this.related(type, object, field);
      else if (field in full) picked[field] = full[field];
    }
    return picked;
  }

  /** A field of the object, or `relation.field` of its first related object (`member.email`). */
  private read(type: string, object: MasheryObject, field: string): unknown {
    const dot = field.indexOf(".");
    if (dot < 0) return object[field];
    return this.related(type, object, field.slice(0, dot))[0]?.[field.slice(dot + 1)];
  }

  /** The objects a relation names: a key's or application's member and service, a member's or service's keys, a member's applications. */
  private related(type: string, object: MasheryObject, relation: string): MasheryObject[] {
    const one = (table: string, id: unknown) => {
      const found = this.table(table).get(String(id));
      return found ? [this.output(table, found)] : [];
    };
    switch (relation) {
      case "member":
      case "members":
        return type === "member" ? [] : one("member", object.username);
      case "service":
      case "services":
        return type === "service" ? [] : one("service", object.service_key);
      case "keys":
        if (type === "member") return this.all("key").filter((k) => k.username === object.username);
        return type === "service" ? this.all("key").filter((k) => k.service_key === object.service_key) : [];
      case "applications":
        return type === "member" ? this.all("application").filter((a) => a.username === object.username) : [];
      default:
        return [];
    }
  }

  private create(type: string, input: MasheryObject): MasheryObject {
    const problems = [...missingFields(type, input), ...fieldProblems(type, input, this.exists)];
    if (problems.length) throw invalid(problems);
    const pk = primaryKey(type);
    const object: MasheryObject = { ...this.writable(type, input, "create"), ...derivedFields(type, input), object_type: type };
    if (pk === "id") object.id = this.nextId++;
    const id = String(object[pk]);
    if (this.table(type).has(id) || (type === "member" && this.reservedUsernames.has(id))) throw new RpcFailure(1001, "Duplicate Object");
    object.created = object.updated = this.timestamp();
    this.table(type).set(id, object);
    return this.output(type, object);
  }

  private update(type: string, input: MasheryObject): MasheryObject {
    const existing = this.require(type, input);
    const problems = fieldProblems(type, input, this.exists);
    if (problems.length) throw invalid(problems);
    Object.assign(existing, this.writable(type, input, "update"), { updated: this.timestamp() });
    return this.output(type, existing);
  }

  private validate(type: string, input: MasheryObject): true {
    const problems = fieldProblems(type, input, this.exists);
    if (problems.length) throw invalid(problems);
    return true;
  }

  private delete(type: string, identifier: unknown): null {
    const found = this.find(type, identifier);
    if (!found) return null;
    const id = String(found[primaryKey(type)]);
    this.table(type).delete(id);
    if (type === "member") this.reservedUsernames.add(id);
    return null;
  }

  private clone(type: string, identifier: unknown): MasheryObject {
    const original = this.require(type, identifier);
    const copy = { ...original, id: this.nextId++, created: this.timestamp(), updated: this.timestamp() };
    this.table(type).set(String(copy.id), copy);
    return this.output(type, copy);
  }

  private changeRole(verb: string, member: MasheryObject, role: MasheryObject): null {
    const stored = this.require("member", member);
    const found = this.require("role", role);
    if (found.is_assignable === false) throw new RpcFailure(1100, "This role cannot be assigned to a member");
    const roles = new Set((stored.role_ids as number[] | undefined) ?? []);
    if (verb === "addRole") roles.add(found.id as number);
    else roles.delete(found.id as number);
    stored.role_ids = [...roles];
    return null;
  }

  /** Finds by the bare identifier or the object form; the object form must carry the identifier field. */
  private find(type: string, identifier: unknown): MasheryObject | undefined {
    const pk = primaryKey(type);
    let value = identifier;
    if (typeof identifier === "object" && identifier !== null) {
      value = (identifier as MasheryObject)[pk];
      if (value === undefined) throw new RpcFailure(1002, `Field "${pk}" is required`);
    }
    return this.table(type).get(String(value));
  }

  private require(type: string, identifier: unknown): MasheryObject {
    const found = this.find(type, identifier);
    if (!found) throw invalid([{ field: primaryKey(type), message: `No ${type} matches this ${primaryKey(type)}.` }]);
    return found;
  }

  /** The fields a caller may set: declared by the spec, not read-only, not create-only on update, plain values (relations are set through their own fields). */
  private writable(type: string, input: MasheryObject, mode: "create" | "update"): MasheryObject {
    const properties: Record<string, any> = this.schemaOf(type).properties ?? {};
    const out: MasheryObject = {};
    for (const [name, value] of Object.entries(input)) {
      const property = properties[name];
      if (!property || this.flag(property, "readOnly") || (mode === "update" && (this.flag(property, "x-createonly") || name === primaryKey(type)))) continue;
      if (value === null || typeof value !== "object") out[name] = value;
    }
    return out;
  }

  /** What the API answers: write-only fields (passwords) never come back; bookkeeping stays inside. */
  private output(type: string, object: MasheryObject): MasheryObject {
    const properties: Record<string, any> = this.schemaOf(type).properties ?? {};
    const { role_ids: _, ...visible } = object;
    return Object.fromEntries(Object.entries(visible).filter(([name]) => !(properties[name] && this.flag(properties[name], "writeOnly"))));
  }

  /** A keyword on a property or on the schema it references (`created: { $ref, readOnly: true }`). */
  private flag(property: Record<string, any>, keyword: string): boolean {
    return property[keyword] === true || deref(this.spec, property)?.[keyword] === true;
  }

  private objectTypes(): string[] {
    const namespaces = Object.keys(this.spec.components.schemas.RpcMethods.properties).map((m) => m.split(".")[0]!);
    return [...new Set(namespaces)].filter((t) => !["test", "object", "area"].includes(t)).sort();
  }

  private schemaOf(type: string): Record<string, any> {
    const name = type.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
    return deref(this.spec, this.spec.components.schemas[name]) ?? {};
  }

  private readonly exists = (type: string, id: string) => this.table(type).has(id);

  private table(type: string): Map<string, MasheryObject> {
    let table = this.tables.get(type);
    if (!table) this.tables.set(type, (table = new Map()));
    return table;
  }

  private timestamp(): string {
    return new Date(this.now()).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
}

export function primaryKey(type: string): string {
  return type === "member" ? "username" : type === "service" ? "service_key" : "id";
}

/** MQL names types in the plural: members, package_keys, developer_classes. */
export function plural(type: string): string {
  return type.endsWith("class") ? `${type}es` : `${type}s`;
}

// Mashery's own rules for the object types the emulator treats for real: what a create needs,
// which values are refused (error 1000 with one entry per field), what Mashery fills in.
import type { MasheryObject } from "./store.js";

export interface FieldError {
  field: string;
  message: string;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Fields a create must carry (object.describe would flag them `required`). */
export function missingFields(type: string, input: MasheryObject): FieldError[] {
  const required: Record<string, string[]> = { member: ["username", "email"], key: ["service", "member"], application: ["name", "member"] };
  return (required[type] ?? []).filter((f) => input[f] === undefined || input[f] === "").map((field) => ({ field, message: "This value is not allowed to be blank." }));
}

/** Mashery's per-field checks: validate, create and update all run them on the fields sent. */
export function fieldProblems(type: string, input: MasheryObject, exists: (type: string, id: string) => boolean): FieldError[] {
  const problems: FieldError[] = [];
  if (type === "member" && input.email !== undefined && !EMAIL.test(String(input.email))) problems.push({ field: "email", message: "Not a valid email address." });
  if (type === "member" && input.username !== undefined && !/^[A-Za-z0-9_.-]{1,255}$/.test(String(input.username))) problems.push({ field: "username", message: "Usernames may use letters, digits, '.', '_' and '-'." });
  const member = (input.member as MasheryObject | undefined)?.username;
  if ((type === "key" || type === "application") && member !== undefined && !exists("member", String(member))) problems.push({ field: "member", message: `No member "${member}".` });
  const service = (input.service as MasheryObject | undefined)?.service_key;
  if (type === "key" && service !== undefined && !exists("service", String(service))) problems.push({ field: "service", message: `No service "${service}".` });
  if (type !== "member" && typeof input.name === "string" && input.name.trim() === "") problems.push({ field: "name", message: "This value is not allowed to be blank." });
  return problems;
}

/** Fields Mashery fills in on create: the owner and service of a key, an apikey, the starting status. */
export function derivedFields(type: string, input: MasheryObject): MasheryObject {
  const username = (input.member as MasheryObject | undefined)?.username;
  if (type === "member") return { area_status: input.area_status ?? "active" };
  if (type === "application") return { username, uuid: crypto.randomUUID() };
  if (type !== "key") return {};
  return {
    username,
    service_key: (input.service as MasheryObject).service_key,
    apikey: input.apikey ?? Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => "abcdefghijkmnpqrstuvwxyz23456789"[b % 32]).join(""),
    status: input.status ?? "waiting",
    limits: [],
  };
}

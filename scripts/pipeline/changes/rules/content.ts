import type { Context } from "../document.js";
import { pointerSegment, ruleSet, sortedUnion, type Direction, type Finding } from "../model.js";

/*
 * The media types of a request body or a response, each compared with its namesake through the
 * schema differ. JSON is the default and goes unnamed in locations.
 */

const { rules, finding } = ruleSet("Media types", {
  "request-media-type-added": ["info", "A request body accepts another media type; what callers send still works."],
  "request-media-type-removed": ["breaking", "A request body no longer accepts a media type: callers sending it are refused."],
  "response-media-type-added": ["info", "A response may come in another media type (the type check reports it when the typed result changes)."],
  "response-media-type-removed": ["breaking", "A response no longer comes in a media type: callers asking for or parsing it break."],
});
export { rules };

export interface ContentPlace {
  operation: string;
  direction: Direction;
  /** "request body", "response 200". */
  label: string;
  /** Appended for the schema itself: "" for requests, " body" for responses. */
  rootSuffix: string;
  pointers: { previous: string; next: string };
}

export function diffContent(context: Context, place: ContentPlace, before: Record<string, any>, after: Record<string, any>): Finding[] {
  const found: Finding[] = [];
  const { operation, label } = place;
  for (const mediaType of sortedUnion(Object.keys(before), Object.keys(after))) {
    const at = (side: "previous" | "next") => `${place.pointers[side]}/content/${pointerSegment(mediaType)}`;
    if (!Object.hasOwn(before, mediaType)) {
      found.push(finding(`${place.direction}-media-type-added`, { operation, location: label, detail: `media type \`${mediaType}\` added`, pointer: at("next") }));
    } else if (!Object.hasOwn(after, mediaType)) {
      found.push(finding(`${place.direction}-media-type-removed`, { operation, location: label, detail: `media type \`${mediaType}\` removed`, pointer: place.pointers.next }));
    } else {
      const named = mediaType === "application/json" ? label : `${label} (${mediaType})`;
      const scope = place.direction === "request" ? "request-property" : "response-property";
      const schemaPlace = { operation, scope, rootLabel: `${named}${place.rootSuffix}`, fieldPrefix: named, at: { previous: `${at("previous")}/schema`, next: `${at("next")}/schema` } } as const;
      found.push(...context.schemas(schemaPlace, before[mediaType]?.schema, after[mediaType]?.schema));
    }
  }
  return found;
}

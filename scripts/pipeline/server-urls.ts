// Server URLs become the client's baseUrl and links on the docs page: only absolute http(s) URLs,
// so a spec cannot make either a `javascript:` or `data:` URL.
import { locate } from "./bounded-yaml.js";
import type { SpecSources } from "./confine-refs.js";
import type { Problem } from "./problems.js";
import { child, entries, pathItemsAndOperations, specRoot, text } from "./source-nodes.js";

/** http:// or https://, then no whitespace, quotes, angle brackets or backslashes. */
const HTTP_URL = /^https?:\/\/[^\s"'<>`\\]+$/i;

export function checkServerUrls(sources: SpecSources): Problem[] {
  const { pathItems, operations } = pathItemsAndOperations(sources);
  const holders = [specRoot(sources), ...pathItems, ...operations];
  const problems: Problem[] = [];
  for (const holder of holders) {
    for (const [, server] of entries(sources, child(sources, holder, "servers"))) {
      const url = child(sources, server, "url");
      if (!url || (text(url) !== undefined && HTTP_URL.test(text(url)!))) continue;
      problems.push({
        message: `server url ${JSON.stringify(text(url) ?? String(url.node)).slice(0, 200)} must be an absolute http(s) URL: it becomes the client's baseUrl and a link on the docs page`,
        location: locate(url.source, url.node),
      });
    }
  }
  return problems;
}

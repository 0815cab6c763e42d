// Generated from package.json by scripts/pipeline/render.ts. Do not edit.
/** The package's version, for the User-Agent (src never reads package.json, which browser bundles do not carry). */
export const version = "0.1.0";

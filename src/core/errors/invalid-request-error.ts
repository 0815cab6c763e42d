import { SpecfirstError } from "./specfirst-error.js";

/** The call was refused before anything was sent: a missing credential, a path parameter that would change the path. */
export class InvalidRequestError extends SpecfirstError {}

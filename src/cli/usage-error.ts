/** A mistake by the person at the keyboard: printed as one line, never with a stack trace. */
export class UsageError extends Error {}

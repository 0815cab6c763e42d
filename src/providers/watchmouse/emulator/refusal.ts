/** A call the emulated API answers with a non-zero `code` (HTTP 200, like the real one) and an `info` text. */
export class Refusal extends Error {
  constructor(
    readonly code: number,
    readonly info: string,
  ) {
    super(`${code}: ${info}`);
  }
}

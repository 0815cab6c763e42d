/** What every Mashery error is built from: the answer, with its body already redacted. */
export interface MasheryFailureDetails {
  /** What was called: an RPC method or a report path. */
  operation: string;
  status: number;
  body: unknown;
  headers?: Headers | undefined;
}

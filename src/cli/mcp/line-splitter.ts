/// <reference types="node" />
// Cuts a byte stream into newline-ended lines, holding at most `maxLineBytes` of one line. A longer
// line is reported once and its bytes dropped up to its newline, so one oversized message costs
// that message only: the stream goes on with the next line, and memory stays bounded.
export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Inside a line that went over the limit: its bytes are dropped until its newline. */
  private dropping = false;

  constructor(
    private readonly maxLineBytes: number,
    private readonly onLine: (line: Buffer) => void,
    private readonly onTooLong: () => void,
  ) {}

  push(chunk: Buffer): void {
    for (let start = 0; start < chunk.length; ) {
      const newline = chunk.indexOf(0x0a, start);
      this.keep(chunk.subarray(start, newline === -1 ? chunk.length : newline));
      if (newline === -1) return;
      this.endLine();
      start = newline + 1;
    }
  }

  /** The input ended: a last line without its newline is still a line. */
  end(): void {
    if (this.pendingBytes > 0) this.endLine();
    else this.reset();
  }

  private keep(piece: Buffer): void {
    if (this.dropping || piece.length === 0) return;
    if (this.pendingBytes + piece.length > this.maxLineBytes) {
      this.reset();
      this.dropping = true;
      this.onTooLong();
      return;
    }
    this.pending.push(piece);
    this.pendingBytes += piece.length;
  }

  private endLine(): void {
    const line = Buffer.concat(this.pending, this.pendingBytes);
    const dropped = this.dropping;
    this.reset();
    if (!dropped) this.onLine(line);
  }

  private reset(): void {
    this.pending = [];
    this.pendingBytes = 0;
    this.dropping = false;
  }
}

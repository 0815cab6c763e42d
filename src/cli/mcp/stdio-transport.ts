/// <reference types="node" />
// The MCP stdio transport the server runs on, in place of the SDK's StdioServerTransport: that one
// closes (and the process quietly ends) on a line over its buffer limit, and drops malformed lines
// without an answer. Here every bad line is answered with a JSON-RPC error and the next line is
// served; only a failing stdin ends the transport (with `failure` set).
import { STDIO_DEFAULT_MAX_BUFFER_SIZE, serializeMessage } from "@modelcontextprotocol/sdk/shared/stdio.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { CancelledNotificationSchema, ErrorCode, isJSONRPCRequest, type JSONRPCMessage, type RequestId } from "@modelcontextprotocol/sdk/types.js";
import { errorAnswer, readIncoming, type ErrorAnswer } from "./incoming-message.js";
import { LineSplitter } from "./line-splitter.js";

export class LineStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  /** Why the input stopped, when it failed rather than ended. */
  failure: Error | undefined;
  private readonly splitter: LineSplitter;
  private closed = false;
  /** Requests handed to the server and not answered yet: when the input ends they are waited for, not cut off. */
  private readonly unanswered = new Set<RequestId>();
  private onAnswered: (() => void) | undefined;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly output: NodeJS.WritableStream,
    /** The longest line accepted, in bytes (the SDK's limit by default). */
    readonly maxLineBytes = STDIO_DEFAULT_MAX_BUFFER_SIZE,
  ) {
    this.splitter = new LineSplitter(maxLineBytes, (line) => this.receive(line), () => this.answer(errorAnswer(null, ErrorCode.InvalidRequest, `message too large (limit ${maxLineBytes} bytes)`)));
  }

  async start(): Promise<void> {
    this.input.on("data", this.onData);
    this.input.on("end", this.onEnd);
    this.input.on("error", this.onInputError);
  }

  /** Resolves once every request the server was handed has had its answer written (or was cancelled). */
  answered(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (this.unanswered.size === 0 ? resolve() : (this.onAnswered = check));
      check();
    });
  }

  send(message: JSONRPCMessage | ErrorAnswer): Promise<void> {
    if (("result" in message || "error" in message) && message.id != null) this.settle(message.id);
    return new Promise((resolve) => {
      if (this.output.write(serializeMessage(message as JSONRPCMessage))) resolve();
      else this.output.once("drain", resolve);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off("data", this.onData);
    this.input.off("end", this.onEnd);
    this.input.off("error", this.onInputError);
    this.input.pause();
    this.onclose?.();
  }

  private readonly onData = (chunk: Buffer | string) => this.splitter.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);

  private readonly onEnd = () => this.splitter.end();

  private readonly onInputError = (error: Error) => {
    this.failure = new Error(`reading stdin failed (${error.message}); the server stops`, { cause: error });
    this.onerror?.(this.failure);
    void this.close();
  };

  private receive(line: Buffer): void {
    const incoming = readIncoming(line);
    if ("answer" in incoming) return this.answer(incoming.answer);
    if (!("message" in incoming)) return;
    const { message } = incoming;
    if (isJSONRPCRequest(message)) this.unanswered.add(message.id);
    // A cancelled request gets no answer (MCP): nothing to wait for.
    const cancelled = CancelledNotificationSchema.safeParse(message).data?.params.requestId;
    if (cancelled !== undefined) this.settle(cancelled);
    this.onmessage?.(message);
  }

  private settle(id: RequestId): void {
    this.unanswered.delete(id);
    if (this.unanswered.size === 0) this.onAnswered?.();
  }

  private answer(error: ErrorAnswer): void {
    this.send(error).catch((failure: unknown) => this.onerror?.(failure instanceof Error ? failure : new Error(String(failure))));
  }
}

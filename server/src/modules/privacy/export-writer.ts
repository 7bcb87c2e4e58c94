import { aadFor } from "../../common/crypto/field-crypto";

/**
 * Plain-text size at which a chunk is sealed and stored (the export is held in memory one chunk at a
 * time). Small enough that a chunk's buffers and its bytea hex text (twice the size) stay below V8's
 * large-object size and die young, instead of piling up in old space until a full GC.
 */
export const EXPORT_CHUNK_BYTES = 32 * 1024;

/** AAD of a stored chunk: bound to the export and the position, so chunks cannot be swapped or reordered. */
export const exportChunkAad = (requestId: string, seq: number) => aadFor("privacy_export_chunks", "data", `${requestId}:${seq}`);

/**
 * Collects text and hands it on as numbered pieces of about `size` bytes. `flush()` must be awaited
 * at the end to store the remainder.
 */
export class ChunkSink {
  private parts: string[] = [];
  private pending = 0;
  /** Chunks stored so far, and their plain-text bytes. */
  chunks = 0;
  bytes = 0;

  constructor(
    private readonly store: (seq: number, data: Buffer) => Promise<void>,
    private readonly size = EXPORT_CHUNK_BYTES,
  ) {}

  write(text: string): void {
    this.parts.push(text);
    // UTF-16 length: close enough to size chunks, and cheaper than counting bytes on every write.
    this.pending += text.length;
  }

  async flushIfFull(): Promise<void> {
    if (this.pending >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    const data = Buffer.from(this.parts.join(""), "utf8");
    this.parts = [];
    this.pending = 0;
    await this.store(this.chunks, data);
    this.chunks += 1;
    this.bytes += data.length;
  }
}

interface Frame {
  kind: "object" | "array";
  count: number;
}

/**
 * Writes one JSON document piece by piece, byte for byte as `JSON.stringify(document, null, 2)`
 * would print it whole: members and elements are formatted by JSON.stringify and re-indented to
 * their depth (a newline inside a JSON text is always structure — strings escape theirs).
 */
export class JsonStreamWriter {
  private stack: Frame[] = [];
  private pendingKey: string | null = null;

  constructor(private readonly sink: ChunkSink) {}

  /** Name the next member of the enclosing object. */
  key(name: string): this {
    this.pendingKey = name;
    return this;
  }

  open(kind: "object" | "array"): void {
    this.member();
    this.sink.write(kind === "object" ? "{" : "[");
    this.stack.push({ kind, count: 0 });
  }

  async close(): Promise<void> {
    const frame = this.stack.pop();
    if (!frame) throw new Error("JsonStreamWriter: nothing to close");
    const bracket = frame.kind === "object" ? "}" : "]";
    this.sink.write(frame.count > 0 ? `\n${"  ".repeat(this.stack.length)}${bracket}` : bracket);
    if (this.stack.length === 0) await this.sink.flush();
    else await this.sink.flushIfFull();
  }

  /** A whole value: a member (after `key`) or an array element. */
  async value(v: unknown): Promise<void> {
    const text = JSON.stringify(v, null, 2) as string | undefined;
    if (text === undefined && this.stack.at(-1)?.kind !== "array") {
      // JSON.stringify leaves out members whose value is undefined (or a function).
      this.pendingKey = null;
      return;
    }
    this.member();
    this.sink.write((text ?? "null").replace(/\n/g, `\n${"  ".repeat(this.stack.length)}`));
    await this.sink.flushIfFull();
  }

  private member(): void {
    const top = this.stack.at(-1);
    const key = this.pendingKey;
    this.pendingKey = null;
    if (!top) return;
    if (top.kind === "object" && key === null) throw new Error("JsonStreamWriter: object member without a key");
    const separator = `${top.count > 0 ? "," : ""}\n${"  ".repeat(this.stack.length)}`;
    top.count += 1;
    this.sink.write(top.kind === "object" ? `${separator}${JSON.stringify(key)}: ` : separator);
  }
}

/**
 * A Blob for the command-line bundles only (esbuild injects it in place of the global): postal-mime
 * assembles every MIME part with `new Blob(chunks).arrayBuffer()`, and node's Blob goes through
 * its stream machinery for that, which made Blob handling the single largest cost of parsing a
 * mail in the CLI (about two thirds of postal-mime's time). This one only concatenates bytes,
 * which is all postal-mime asks of it. The extension keeps the browser's Blob (in Chromium its
 * reads are asynchronous and cost more than the parsing; scripts/bench/classifier.mjs measures
 * all three).
 */
type BlobPart = ArrayBuffer | ArrayBufferView | string;

const encoder = new TextEncoder();
/**
 * postal-mime's pass-through decoder adds a "\n" part after every line of a part it keeps as it
 * is: one shared byte for it instead of one TextEncoder call per line (a tenth of a warm pass).
 */
const NEWLINE = encoder.encode('\n');

function encodeText(text: string): Uint8Array {
  return text === '\n' ? NEWLINE : encoder.encode(text);
}

class ConcatBlob {
  readonly size: number;
  readonly type: string;
  readonly #bytes: Uint8Array;

  constructor(parts: readonly BlobPart[] = [], options: { type?: string } = {}) {
    const views = parts.map((part) =>
      typeof part === 'string' ? encodeText(part) : part instanceof ArrayBuffer ? new Uint8Array(part) : new Uint8Array(part.buffer, part.byteOffset, part.byteLength),
    );
    const total = views.reduce((sum, view) => sum + view.byteLength, 0);
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const view of views) {
      bytes.set(view, offset);
      offset += view.byteLength;
    }
    this.#bytes = bytes;
    this.size = total;
    this.type = options.type ?? '';
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes.buffer as ArrayBuffer);
  }
}

export { ConcatBlob as Blob };

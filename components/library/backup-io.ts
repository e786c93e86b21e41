/**
 * The library page's side of backups: reading a chosen file as text in pieces (counting its bytes for the
 * progress bar), and collecting an export's pieces as Blob parts, which the browser keeps outside the page's
 * JavaScript heap, so a backup of hundreds of megabytes never becomes one string.
 */

/**
 * The file's text, piece by piece as the browser reads it. Not UTF-8 → a `TypeError` (from the strict decoder);
 * `onBytes` gets the size of each piece read, for progress.
 */
export async function* fileText(file: Blob, onBytes: (bytes: number) => void): AsyncGenerator<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onBytes(value.byteLength);
      const text = decoder.decode(value, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    reader.releaseLock();
  }
}

/** Collects text pieces as Blob parts; `blob()` joins them without copying them into one string. */
export function blobSink(): { write: (text: string) => void; blob: (type: string) => Blob } {
  const parts: Blob[] = [];
  return {
    write: (text) => parts.push(new Blob([text])),
    blob: (type) => new Blob(parts, { type }),
  };
}

/** A whole percentage of `done` out of `total` (0 while the total is unknown). */
export function percent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
}

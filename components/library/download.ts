/** Saving text the page made as a file in the reader's downloads. */

/** Offers `data` (text is written as UTF-8) as a download named `name`, through a temporary object URL and link. */
export function downloadText(name: string, data: string | Uint8Array<ArrayBuffer>, type: string): void {
  downloadBlob(name, new Blob([data], { type }));
}

/** Offers a Blob as a download named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `chiplens-<what>-2026-11-22.<ext>`, dated in local time. */
export function fileName(what: string, ext: string, now: Date = new Date()): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `chiplens-${what}-${d}.${ext}`;
}

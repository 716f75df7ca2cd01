/**
 * Saves text as a file through a Blob URL and a download link: no `downloads` permission needed
 * (anchors.md §5). The URL is revoked once the click has been handled.
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** bounce-navi-20261122.json: sorts by date in a folder. */
export function exportFileName(now: number, extension: 'json' | 'csv', kind: '' | 'raw' = ''): string {
  const date = new Date(now);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `bounce-navi-${kind ? `${kind}-` : ''}${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}.${extension}`;
}

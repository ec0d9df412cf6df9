import { localDay } from '@/lib/time/local-day';

/** Saves text as a file through the browser's download flow; no `downloads` permission needed. */
export function downloadText(fileName: string, mimeType: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}

/**
 * Hands a file to the browser's download flow (an anchor click: no
 * `downloads` permission needed). Returns once the click was dispatched; it
 * throws when the page could not make it, so a caller records success only
 * after this returns.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or Firefox cancels the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `2026-11-27`: today in the user's time zone, for file names. */
export const fileDate = (): string => localDay(Date.now());

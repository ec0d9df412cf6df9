import { localDay } from '@/lib/time/local-day';

/** Saves text as a file through the browser's download flow; no `downloads` permission needed. */
export function downloadText(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
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

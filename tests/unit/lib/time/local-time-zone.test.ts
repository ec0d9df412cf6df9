import { afterEach, describe, expect, it, vi } from 'vitest';
import { localTimeZone } from '@/lib/time/instant';

const zone = (timeZone: string) => ({ resolvedOptions: () => ({ timeZone }) }) as Intl.DateTimeFormat;

describe('localTimeZone', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks the browser once per run of code and sees a change of zone in the next', async () => {
    await Promise.resolve(); // nothing kept from earlier code
    const format = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => zone('Europe/Paris'));
    expect([localTimeZone(), localTimeZone(), localTimeZone()]).toEqual(['Europe/Paris', 'Europe/Paris', 'Europe/Paris']);
    expect(format).toHaveBeenCalledTimes(1);

    format.mockImplementation(() => zone('Asia/Tokyo'));
    await Promise.resolve();
    expect(localTimeZone()).toBe('Asia/Tokyo');
    expect(format).toHaveBeenCalledTimes(2);
  });
});

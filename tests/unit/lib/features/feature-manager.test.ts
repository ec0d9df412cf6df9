import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineFeature } from '@/lib/features/define-feature';
import { startFeatures } from '@/lib/features/feature-manager';
import { isFeed, isProfile } from '@/lib/linkedin/page-detect';

/** WXT dispatches this event (named per extension and script) when the Navigation API reports a new URL. */
function navigate(ctx: ContentScriptContext, to: string) {
  const spy = vi.spyOn(window, 'addEventListener');
  ctx.addEventListener(window, 'wxt:locationchange', () => undefined);
  const name = spy.mock.calls.find(([type]) => String(type).endsWith('wxt:locationchange'))![0];
  spy.mockRestore();
  window.dispatchEvent(Object.assign(new Event(name), { newUrl: new URL(to), oldUrl: new URL(location.href) }));
}

let ctx: ContentScriptContext | undefined;
afterEach(() => ctx?.notifyInvalidated());

describe('the feature manager', () => {
  it('runs matching features on start and on each navigation, aborting the previous navigation first', () => {
    ctx = new ContentScriptContext('linkedin');
    const signals: AbortSignal[] = [];
    const profileRuns: string[] = [];
    const feedRuns: string[] = [];
    startFeatures(ctx, [
      defineFeature({ id: 'on-profiles', include: [isProfile], init: ({ url }, signal) => void (profileRuns.push(url.href), signals.push(signal)) }),
      defineFeature({ id: 'on-feed', include: [isFeed], init: ({ url }, signal) => void (feedRuns.push(url.href), signals.push(signal)) }),
    ]);
    navigate(ctx, 'https://www.linkedin.com/feed/');
    navigate(ctx, 'https://www.linkedin.com/in/jane-doe/');
    expect(feedRuns).toEqual(['https://www.linkedin.com/feed/']);
    expect(profileRuns).toEqual(['https://www.linkedin.com/in/jane-doe/']);
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    ctx.notifyInvalidated();
    expect(signals[1]!.aborted).toBe(true);
  });

  it('honours exclude, and keeps going when a feature throws (nothing reaches the page)', async () => {
    ctx = new ContentScriptContext('linkedin');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ran: string[] = [];
    startFeatures(ctx, [
      defineFeature({ id: 'broken', include: [isFeed], init: () => { throw new Error('boom'); } }),
      defineFeature({ id: 'broken-async', include: [isFeed], init: async () => { throw new Error('later'); } }),
      defineFeature({ id: 'excluded', include: [isFeed], exclude: [isFeed], init: () => void ran.push('excluded') }),
      defineFeature({ id: 'fine', include: [isFeed], init: () => void ran.push('fine') }),
    ]);
    expect(() => navigate(ctx!, 'https://www.linkedin.com/feed/')).not.toThrow();
    await Promise.resolve();
    expect(ran).toEqual(['fine']);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['[rapport] feature “broken” failed:', '[rapport] feature “broken-async” failed:']);
  });
});

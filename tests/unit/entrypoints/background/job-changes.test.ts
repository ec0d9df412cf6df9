import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db/db';
import { openJobChange } from '@/lib/db/repo/reads/pages';
import { deliver, senders } from '../../helpers/background';
import { profileContext } from '../../helpers/tabs';

const jane = { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe', headline: 'Head of Data at Acme' };
const TAB = 7;

const visitJane = (headline: string | null, append?: true) =>
  deliver({ type: 'pageContextChanged', context: profileContext('jane-doe', 'Jane Doe', headline), ...(append ? { append } : {}) }, senders.contentScript(TAB));

async function addJane() {
  expect(await deliver({ type: 'addContact', person: jane, circle: 'key' })).toMatchObject({ ok: true });
}

describe('job changes detected on visited profiles', () => {
  it('records a change when a visited profile shows a different headline', async () => {
    await addJane();
    expect(await visitJane('VP Data at Globex')).toEqual({ ok: true, value: null });
    expect(await openJobChange(getDb(), 'in:jane-doe')).toMatchObject({ headline: { from: 'Head of Data at Acme', to: 'VP Data at Globex' } });
    expect((await getDb().contacts.get('in:jane-doe'))?.headline).toBe('VP Data at Globex');
  });

  it('records a change when a visited profile names another current company than the one a page showed before', async () => {
    expect(await deliver({ type: 'addContact', person: { ...jane, company: 'Acme' }, circle: 'key' })).toMatchObject({ ok: true });
    const visit = profileContext('jane-doe', 'Jane Doe', jane.headline, 'Globex');
    expect(await deliver({ type: 'pageContextChanged', context: visit }, senders.contentScript(TAB))).toEqual({ ok: true, value: null });
    expect(await openJobChange(getDb(), 'in:jane-doe')).toMatchObject({ company: { from: 'Acme', to: 'Globex' } });
    expect((await getDb().contacts.get('in:jane-doe'))?.company).toBe('Globex');
  });

  it('compares a profile asked of the page when the worker lost its report (restart, update), before a log could take the new headline silently', async () => {
    await addJane();
    const context = profileContext('jane-doe', 'Jane Doe', 'VP Data at Globex');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: context } as never);
    expect(await deliver({ type: 'getTabContext', tabId: TAB })).toEqual({ ok: true, value: context });
    expect(await openJobChange(getDb(), 'in:jane-doe')).toMatchObject({ headline: { from: 'Head of Data at Acme', to: 'VP Data at Globex' } });
  });

  it('records nothing from an appended report (more posts on the same page, not a visit)', async () => {
    await addJane();
    expect(await visitJane('VP Data at Globex', true)).toEqual({ ok: true, value: null });
    expect(await getDb().jobChanges.count()).toBe(0);
    expect((await getDb().contacts.get('in:jane-doe'))?.headline).toBe('Head of Data at Acme');
  });

  it('records nothing from a page about the person that is not their profile (their activity, whose header words the headline its own way)', async () => {
    await addJane();
    const activity = { ...profileContext('jane-doe', 'Jane Doe', 'VP Data at Globex'), page: 'activity' as const, url: 'https://www.linkedin.com/in/jane-doe/recent-activity/all/' };
    expect(await deliver({ type: 'pageContextChanged', context: activity }, senders.contentScript(TAB))).toEqual({ ok: true, value: null });
    expect(await getDb().jobChanges.count()).toBe(0);
    expect((await getDb().contacts.get('in:jane-doe'))?.headline).toBe('Head of Data at Acme');
  });

  it('records nothing, and adds nobody, for a person not in Rapport', async () => {
    expect(await visitJane('VP Data at Globex')).toEqual({ ok: true, value: null });
    expect(await getDb().jobChanges.count()).toBe(0);
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('congratulating from an extension page logs a congrats touchpoint; a content script may not settle', async () => {
    await addJane();
    await visitJane('VP Data at Globex');
    const change = (await openJobChange(getDb(), 'in:jane-doe'))!;
    const settle = { type: 'settleJobChange', id: change.id, outcome: 'congratulated' };
    expect(await deliver(settle, senders.contentScript(TAB))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(await deliver(settle)).toEqual({ ok: true, value: { ...change, settled: 'congratulated' } });
    expect(await getDb().touchpoints.toArray()).toMatchObject([{ contactId: 'in:jane-doe', type: 'congrats', focus: 'give' }]);
  });

  it('reports an unknown job change as not found', async () => {
    expect(await deliver({ type: 'settleJobChange', id: 'gone', outcome: 'dismissed' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('the member id a profile page shows (Congratulate’s message composer)', () => {
  const MEMBER = 'ACoAAJaneDoe1234567';
  const withId = () => profileContext('jane-doe', 'Jane Doe', jane.headline, null, MEMBER);

  it('is stored on the contact when their profile page is recognised', async () => {
    await addJane();
    expect(await deliver({ type: 'pageContextChanged', context: withId() }, senders.contentScript(TAB))).toEqual({ ok: true, value: null });
    expect(await getDb().contacts.get('in:jane-doe')).toMatchObject({ memberId: MEMBER, memberIdSeenAt: expect.any(String) });
    expect(await openJobChange(getDb(), 'in:jane-doe')).toBeUndefined();
  });

  it('is stored when someone is first added by logging on their profile', async () => {
    await deliver({ type: 'pageContextChanged', context: withId() }, senders.contentScript(TAB));
    expect((await deliver({ type: 'logFromPage', person: jane, touchpointType: 'message' }, senders.contentScript(TAB))) as { ok: boolean }).toMatchObject({ ok: true });
    expect((await getDb().contacts.get('in:jane-doe'))?.memberId).toBe(MEMBER);
  });

  it('is refused when malformed: the page context does not validate', async () => {
    await addJane();
    const bad = profileContext('jane-doe', 'Jane Doe', jane.headline, null, 'not-an-id');
    expect(await deliver({ type: 'pageContextChanged', context: bad }, senders.contentScript(TAB))).toMatchObject({ ok: false });
    expect((await getDb().contacts.get('in:jane-doe'))?.memberId).toBeUndefined();
  });
});

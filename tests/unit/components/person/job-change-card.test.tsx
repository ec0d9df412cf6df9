import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/sidepanel/app';
import { getDb } from '@/lib/db/db';
import { connectPagesToBackground, deliver } from '../../helpers/background';
import { profileContext, report } from '../../helpers/tabs';

/** The side panel's "New role?" card, in the person view of a profile whose headline changed since Rapport stored it. */

const TAB = 7;
const OLD = 'Head of Data at Acme';
const NEW = 'VP Data at Globex';
const jane = { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe', headline: OLD };

async function addJane() {
  expect(await deliver({ type: 'addContact', person: jane, circle: 'key' })).toMatchObject({ ok: true });
}

/** The content script reports Jane's profile showing `headline`: the background compares it with the stored one. */
const visitJane = (headline: string) => report(TAB, profileContext('jane-doe', 'Jane Doe', headline));

function renderPanel() {
  render(<App search={`?tabId=${TAB}`} />);
  return screen.findByRole('article', { name: 'Jane Doe' });
}

beforeEach(() => {
  connectPagesToBackground();
});

describe('the job-change suggestion in the side panel', () => {
  it('shows the new and the old headline when the visited profile’s headline changed', async () => {
    await addJane();
    await visitJane(NEW);
    const person = await renderPanel();
    const card = await within(person).findByRole('region', { name: 'New role?' });
    expect(within(card).getByText(`Their headline changed: “${NEW}” (was “${OLD}”)`)).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Congratulate Jane Doe' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: /^Dismiss/ })).toBeTruthy();
    // The header shows the headline the page shows now.
    expect(within(person).getByText(NEW, { selector: '.person-headline' })).toBeTruthy();
  });

  it('shows a new current company beside the new headline when the page names both', async () => {
    expect(await deliver({ type: 'addContact', person: { ...jane, company: 'Acme' }, circle: 'key' })).toMatchObject({ ok: true });
    await report(TAB, profileContext('jane-doe', 'Jane Doe', NEW, 'Globex'));
    const card = await within(await renderPanel()).findByRole('region', { name: 'New role?' });
    expect(within(card).getByText(`Their headline changed: “${NEW}” (was “${OLD}”)`)).toBeTruthy();
    expect(within(card).getByText('Their company changed: “Globex” (was “Acme”)')).toBeTruthy();
  });

  it('Congratulate opens LinkedIn to write to them and logs a congrats touchpoint, which appears in the timeline, and the card goes away', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    fakeBrowser.tabs.create = (async (properties: { url?: string }) => {
      opened.push(properties.url ?? '');
      return { id: 99 };
    }) as unknown as typeof fakeBrowser.tabs.create;
    await addJane();
    await visitJane(NEW);
    const person = await renderPanel();
    const card = await within(person).findByRole('region', { name: 'New role?' });
    // Rapport has not seen Jane's member id: the profile, and the button says so.
    expect(within(card).getByRole('button', { name: 'Congratulate Jane Doe' }).getAttribute('aria-describedby')).toBe(
      within(card).getByText("Opens their profile and logs congrats; Rapport hasn't seen their message link yet").id,
    );
    await user.click(within(card).getByRole('button', { name: 'Congratulate Jane Doe' }));
    expect(opened).toEqual(['https://www.linkedin.com/in/jane-doe/']);
    expect(await within(person).findByText('Logged congrats with Jane Doe')).toBeTruthy();
    expect(within(person).queryByRole('region', { name: 'New role?' })).toBeNull();
    const timeline = within(person).getByRole('region', { name: 'Timeline' });
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(1));
    const [item] = within(timeline).getAllByRole('listitem');
    expect(item!.querySelector('strong')?.textContent).toBe('Congrats');
    expect(item!.textContent).toMatch(/Them \(give\)/);
    expect((await getDb().jobChanges.toArray()).map((change) => change.settled)).toEqual(['congratulated']);
  });

  it('Congratulate opens LinkedIn’s message composer for them once their profile showed their member id, and logs', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    fakeBrowser.tabs.create = (async (properties: { url?: string }) => {
      opened.push(properties.url ?? '');
      return { id: 99 };
    }) as unknown as typeof fakeBrowser.tabs.create;
    await addJane();
    await report(TAB, profileContext('jane-doe', 'Jane Doe', NEW, null, 'ACoAAJaneDoe1234567'));
    const person = await renderPanel();
    const card = await within(person).findByRole('region', { name: 'New role?' });
    expect(within(card).getByText('Opens a LinkedIn message to them and logs congrats')).toBeTruthy();
    expect(within(card).queryByText(/hasn't seen their message link/)).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Congratulate Jane Doe' }));
    expect(opened).toEqual(['https://www.linkedin.com/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAJaneDoe1234567&recipient=ACoAAJaneDoe1234567']);
    expect(await within(person).findByText('Logged congrats with Jane Doe')).toBeTruthy();
    expect((await getDb().touchpoints.toArray()).map((touchpoint) => touchpoint.type)).toEqual(['congrats']);
  });

  it('Mark as congratulated only records it: a congrats touchpoint, no tab opened', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    fakeBrowser.tabs.create = (async (properties: { url?: string }) => {
      opened.push(properties.url ?? '');
      return { id: 99 };
    }) as unknown as typeof fakeBrowser.tabs.create;
    await addJane();
    await visitJane(NEW);
    const person = await renderPanel();
    await user.click(within(await within(person).findByRole('region', { name: 'New role?' })).getByRole('button', { name: 'Mark as congratulated: Jane Doe' }));
    expect(await within(person).findByText('Logged congrats with Jane Doe')).toBeTruthy();
    expect(opened).toEqual([]);
    expect((await getDb().touchpoints.toArray()).map((touchpoint) => touchpoint.type)).toEqual(['congrats']);
  });

  it('Dismiss closes the suggestion and logs nothing', async () => {
    const user = userEvent.setup();
    await addJane();
    await visitJane(NEW);
    const person = await renderPanel();
    await user.click(within(await within(person).findByRole('region', { name: 'New role?' })).getByRole('button', { name: /^Dismiss/ }));
    await waitFor(() => expect(within(person).queryByRole('region', { name: 'New role?' })).toBeNull());
    expect(within(person).queryByText('Logged congrats with Jane Doe')).toBeNull();
    expect(await within(person).findByText('Nothing logged with Jane Doe yet.')).toBeTruthy();
    expect(await getDb().touchpoints.count()).toBe(0);
    expect((await getDb().jobChanges.toArray()).map((change) => change.settled)).toEqual(['dismissed']);
  });

  it('appears as soon as a change is detected while the panel is open', async () => {
    await addJane();
    await visitJane(OLD);
    const person = await renderPanel();
    expect(await within(person).findByRole('region', { name: 'Relationship' })).toBeTruthy();
    expect(within(person).queryByRole('region', { name: 'New role?' })).toBeNull();
    await visitJane(NEW);
    expect(await within(person).findByRole('region', { name: 'New role?' })).toBeTruthy();
  });

  it('is not shown for a person not in Rapport', async () => {
    await visitJane(NEW);
    const person = await renderPanel();
    expect(await within(person).findByText('Not in Rapport')).toBeTruthy();
    expect(within(person).queryByRole('region', { name: 'New role?' })).toBeNull();
  });

  it('renders headlines that look like HTML as text', async () => {
    await addJane();
    await visitJane('<img src=x onerror=alert(1)>CTO');
    const person = await renderPanel();
    const card = await within(person).findByRole('region', { name: 'New role?' });
    expect(card.textContent).toContain('“<img src=x onerror=alert(1)>CTO”');
    expect(person.querySelector('img')).toBeNull();
  });

  it('keeps the card, with its buttons disabled meanwhile, and says why when settling fails', async () => {
    const user = userEvent.setup();
    await addJane();
    await visitJane(NEW);
    const person = await renderPanel();
    const card = await within(person).findByRole('region', { name: 'New role?' });
    const background = fakeBrowser.runtime.sendMessage;
    let fail!: () => void;
    fakeBrowser.runtime.sendMessage = ((message: { type: string }) =>
      message.type === 'settleJobChange'
        ? new Promise<unknown>((resolve) => (fail = () => resolve({ ok: false, error: { code: 'storage', message: 'The disk is full.' } })))
        : background(message)) as typeof fakeBrowser.runtime.sendMessage;
    await user.click(within(card).getByRole('button', { name: 'Congratulate Jane Doe' }));
    expect((within(card).getByRole('button', { name: 'Congratulate Jane Doe' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(card).getByRole('button', { name: /^Dismiss/ }) as HTMLButtonElement).disabled).toBe(true);
    fail();
    expect((await within(card).findByRole('alert')).textContent).toBe('The disk is full.');
    expect((within(card).getByRole('button', { name: 'Congratulate Jane Doe' }) as HTMLButtonElement).disabled).toBe(false);
    expect(await getDb().touchpoints.count()).toBe(0);
  });
});

import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/sidepanel/app';
import { getDb } from '@/lib/db/db';
import type { Note } from '@/lib/model/schema';
import { connectPagesToBackground, deliver } from '../../helpers/background';
import { logFromMenu } from '../../helpers/quick-log';
import { fakeWindow, profileContext, report } from '../../helpers/tabs';

const TAB = 7;
const JANE = 'https://www.linkedin.com/in/jane-doe/';
const jane = { profileUrl: JANE, name: 'Jane Doe', headline: 'Head of Data at Acme' };

const renderPanel = () => render(<App search={`?tabId=${TAB}`} />);
const showJane = () => report(TAB, profileContext('jane-doe', 'Jane Doe', 'Head of Data at Acme'));

async function send<T>(message: unknown): Promise<T> {
  const reply = (await deliver(message)) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as T;
}

/** Runs `write` as if it happened at `at` (the cadence clock starts when a contact is added). */
async function at<T>(when: string, write: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(when));
  try {
    return await write();
  } finally {
    vi.useRealTimers();
  }
}

/** Jane in Rapport since 2025, with touchpoints logged at the given instants (oldest first), all "give" unless listed in `asks`. */
async function addJane({ circle = 'key', touches = [] as string[], asks = [] as number[] } = {}) {
  await at('2025-01-01T09:00:00.000Z', () => send({ type: 'addContact', person: jane, circle }));
  for (const [index, at] of touches.entries()) {
    await send({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: asks.includes(index) ? 'ask' : 'comment', at } });
  }
}

const saveNote = (body: string, baseUpdatedAt: string | null = null, id = 'note:1') =>
  send<Note>({ type: 'saveNote', note: { id, contactId: 'in:jane-doe', body, baseUpdatedAt } });

beforeEach(() => {
  connectPagesToBackground();
});

describe('the side panel’s states', () => {
  it('says it is looking at the tab while the tab’s context loads, then shows the person', async () => {
    await showJane();
    renderPanel();
    expect(screen.getByRole('status').textContent).toBe('Looking at this tab…');
    expect(await screen.findByRole('heading', { level: 2, name: 'Jane Doe' })).toBeTruthy();
  });

  it('shows a person in Rapport: name linking to the profile, headline, circle and status, relationship, notes, balance, timeline', async () => {
    await addJane({ touches: ['2026-01-05T10:00:00.000Z'] });
    await saveNote('Met at the Lyon meetup');
    await showJane();
    renderPanel();
    const person = await screen.findByRole('article', { name: 'Jane Doe' });
    const link = within(person).getByRole('link', { name: 'Jane Doe' });
    expect(link.getAttribute('href')).toBe(JANE);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(within(person).getByText('Head of Data at Acme')).toBeTruthy();
    expect(within(person).getByText(/^Key · Last touched .* · (due|overdue)$/)).toBeTruthy();
    expect(within(person).getByRole('region', { name: 'Relationship' })).toBeTruthy();
    expect(await within(person).findByDisplayValue('Met at the Lyon meetup')).toBeTruthy();
    expect(await within(person).findByRole('region', { name: 'Give and ask' })).toBeTruthy();
    const timeline = within(person).getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(1);
    // Initials, never a photo from LinkedIn's CDN.
    expect(person.querySelector('img')).toBeNull();
    expect(person.querySelector('.avatar')?.textContent).toBe('JD');
  });

  it('shows a person not in Rapport as recognised, with Add, which adds them to the wider circle', async () => {
    const user = userEvent.setup();
    await showJane();
    renderPanel();
    const person = await screen.findByRole('article', { name: 'Jane Doe' });
    expect(within(person).getByText('Not in Rapport')).toBeTruthy();
    expect(within(person).queryByRole('region', { name: 'Timeline' })).toBeNull();
    await user.click(within(person).getByRole('button', { name: 'Add to Rapport' }));
    expect(await within(person).findByText('Jane Doe was added to Rapport.')).toBeTruthy();
    expect((await getDb().contacts.get('in:jane-doe'))?.circle).toBe('wider');
    const circle = await within(person).findByRole('group', { name: 'Circle' });
    expect(within(circle).getByRole('button', { name: 'Wider' }).getAttribute('aria-pressed')).toBe('true');
    expect(await within(person).findByText('No touchpoints yet: make the first one about them.')).toBeTruthy();
  });

  it('writing a note about a person not in Rapport adds them, and the note, without losing focus', async () => {
    const user = userEvent.setup();
    await showJane();
    renderPanel();
    const box = await screen.findByRole('textbox', { name: 'New note about Jane Doe' });
    await user.click(box);
    await user.type(box, 'Introduced by Sam');
    await waitFor(async () => expect((await getDb().notes.toArray()).map((note) => note.body)).toEqual(['Introduced by Sam']));
    expect(await getDb().contacts.get('in:jane-doe')).toMatchObject({ name: 'Jane Doe', circle: 'wider', headline: 'Head of Data at Acme' });
    expect(await screen.findByText('Jane Doe was added to Rapport.')).toBeTruthy();
    // The same box, still focused: the view did not remount under the user's fingers.
    const stillThere = screen.getByDisplayValue('Introduced by Sam');
    expect(document.activeElement).toBe(stillThere);
    await user.type(stillThere, ' at MWC');
    await waitFor(async () => expect((await getDb().notes.toArray()).map((note) => note.body)).toEqual(['Introduced by Sam at MWC']));
  });

  it('when the tab is not about a person, shows what to do, search and who is due', async () => {
    await at('2025-06-01T09:00:00.000Z', () =>
      send({ type: 'logTouchpoint', target: { person: { profileUrl: 'https://www.linkedin.com/in/old-friend/', name: 'Old Friend' }, circle: 'inner' }, touchpoint: { type: 'message' } }),
    );
    renderPanel();
    expect(await screen.findByText('Open a LinkedIn profile to see your notes and history with that person here.')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search contacts' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Due (1)' })).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('on a feed, lists the people in Rapport whose posts it shows; one click shows their notes, Back returns', async () => {
    const user = userEvent.setup();
    await addJane();
    await saveNote('Ask about the data team');
    await report(TAB, {
      url: 'https://www.linkedin.com/feed/',
      page: 'feed',
      profile: null,
      degraded: null,
      posts: [
        { urn: 'urn:li:activity:1', key: 'urn:li:activity:1', author: { kind: 'person', name: 'Stranger', slug: 'stranger', profileUrl: 'https://www.linkedin.com/in/stranger/' }, text: null },
        { urn: 'urn:li:activity:2', key: 'urn:li:activity:2', author: { kind: 'person', name: 'Jane Doe', slug: 'jane-doe', profileUrl: JANE }, text: null },
      ],
    });
    renderPanel();
    const onPage = await screen.findByRole('region', { name: 'People in Rapport on this page' });
    expect(within(onPage).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(onPage).getByRole('button', { name: 'Show notes and history for Jane Doe' }));
    expect(await screen.findByDisplayValue('Ask about the data team')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '← Back to this page' }));
    expect(await screen.findByRole('region', { name: 'People in Rapport on this page' })).toBeTruthy();
  });

  it('on a feed, lists the posts by people in Rapport (not strangers’) with status; one click logs a like on that post', async () => {
    const user = userEvent.setup();
    await addJane();
    await report(TAB, {
      url: 'https://www.linkedin.com/feed/',
      page: 'feed',
      profile: null,
      degraded: null,
      posts: [
        { urn: 'urn:li:activity:1', key: 'urn:li:activity:1', author: { kind: 'person', name: 'Stranger', slug: 'stranger', profileUrl: 'https://www.linkedin.com/in/stranger/' }, text: null },
        { urn: 'urn:li:activity:2', key: 'urn:li:activity:2', author: { kind: 'person', name: 'Jane Doe', slug: 'jane-doe', profileUrl: JANE }, text: 'Hiring!' },
      ],
    });
    renderPanel();
    const posts = await screen.findByRole('region', { name: 'Posts by people in Rapport' });
    const rows = await within(posts).findAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('Jane Doe');
    expect(rows[0]!.textContent).toContain('Hiring!');
    expect(within(rows[0]!).getByRole('button', { name: 'Show Jane Doe’s post on the page' })).toBeTruthy();
    await user.click(within(within(rows[0]!).getByRole('group', { name: 'Log a touchpoint on Jane Doe’s post' })).getByRole('button', { name: 'Like' }));
    await within(posts).findByText('Logged: Like with Jane Doe.');
    expect(await getDb().touchpoints.toArray()).toMatchObject([{ type: 'like', postUrn: 'urn:li:activity:2', contactId: 'in:jane-doe' }]);
  });

  it('on a single post by someone in Rapport, shows its author, logging against the post', async () => {
    const user = userEvent.setup();
    await addJane();
    await report(TAB, {
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7002/',
      page: 'post',
      profile: null,
      degraded: null,
      posts: [{ urn: 'urn:li:activity:7002', key: 'urn:li:activity:7002', author: { kind: 'person', name: 'Jane Doe', slug: 'jane-doe', profileUrl: JANE }, text: 'New job!' }],
    });
    renderPanel();
    await screen.findByRole('article', { name: 'Jane Doe' });
    await user.click(screen.getByRole('button', { name: 'Log a like' }));
    await screen.findByText('Logged a like with Jane Doe');
    expect(await getDb().touchpoints.toArray()).toMatchObject([{ type: 'like', postUrn: 'urn:li:activity:7002', postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7002/' }]);
    expect(await within(screen.getByRole('region', { name: 'Timeline' })).findByRole('link', { name: 'View post' })).toBeTruthy();
  });

  it('on a single post by someone not in Rapport, shows the overview instead', async () => {
    await report(TAB, {
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7002/',
      page: 'post',
      profile: null,
      degraded: null,
      posts: [{ urn: 'urn:li:activity:7002', key: 'urn:li:activity:7002', author: { kind: 'person', name: 'Jane Doe', slug: 'jane-doe', profileUrl: JANE }, text: null }],
    });
    renderPanel();
    expect(await screen.findByText('Open a LinkedIn profile to see your notes and history with that person here.')).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('shows an error when the background cannot be reached, with search and the due list still there', async () => {
    fakeBrowser.runtime.sendMessage = (async () => undefined) as typeof fakeBrowser.runtime.sendMessage;
    renderPanel();
    expect((await screen.findAllByRole('alert'))[0]!.textContent).toMatch(/could not tell what this tab shows.*did not answer/);
    expect(screen.getByRole('searchbox', { name: 'Search contacts' })).toBeTruthy();
  });

  it('shows the recognition-degraded state', async () => {
    await report(TAB, { url: JANE, page: 'profile', profile: null, posts: [], degraded: 'profile name not found' });
    renderPanel();
    expect(await screen.findByText('LinkedIn changed this page; logging by hand still works.')).toBeTruthy();
  });

  it('has landmarks and labels: banner with the title, main, the person as an article, named regions', async () => {
    await addJane();
    await showJane();
    renderPanel();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('heading', { level: 1, name: 'Rapport' })).toBeTruthy();
    const main = screen.getByRole('main');
    const person = await within(main).findByRole('article', { name: 'Jane Doe' });
    for (const name of ['Relationship', 'Log a touchpoint', 'Notes', 'Give and ask', 'Timeline']) expect(await within(person).findByRole('region', { name })).toBeTruthy();
    expect(within(person).getByRole('combobox', { name: 'Kind' })).toBeTruthy();
    expect(within(person).getByRole('textbox', { name: 'Add a tag' })).toBeTruthy();
  });

  it('renders a name that looks like HTML as text', async () => {
    await report(TAB, profileContext('eve-x', '<img src=x onerror=alert(1)>Eve'));
    const { container } = renderPanel();
    expect(await screen.findByRole('heading', { level: 2, name: '<img src=x onerror=alert(1)>Eve' })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('editing the relationship in place', () => {
  it('changes circle, kind and tags, each saved at once', async () => {
    const user = userEvent.setup();
    await addJane();
    await showJane();
    renderPanel();
    const details = await screen.findByRole('region', { name: 'Relationship' });
    await user.click(within(details).getByRole('button', { name: 'Inner' }));
    await user.selectOptions(within(details).getByRole('combobox', { name: 'Kind' }), 'strategic');
    const tagBox = within(details).getByRole('textbox', { name: 'Add a tag' });
    await user.type(tagBox, 'investor{Enter}');
    await user.type(tagBox, 'Lyon,');
    await user.type(tagBox, 'INVESTOR{Enter}');
    await waitFor(async () => expect(await getDb().contacts.get('in:jane-doe')).toMatchObject({ circle: 'inner', kind: 'strategic', tags: ['investor', 'Lyon'] }));
    const tags = await within(details).findByRole('list', { name: 'Tags of Jane Doe' });
    await waitFor(() => expect(within(tags).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual(['investor', 'Lyon']));
    await user.click(within(tags).getByRole('button', { name: 'Remove tag investor' }));
    await user.selectOptions(within(details).getByRole('combobox', { name: 'Kind' }), '');
    await waitFor(async () => {
      const contact = await getDb().contacts.get('in:jane-doe');
      expect(contact?.tags).toEqual(['Lyon']);
      expect(contact?.kind).toBeUndefined();
    });
  });

  it('refuses a tag that is too long and keeps what was typed', async () => {
    const user = userEvent.setup();
    await addJane();
    await showJane();
    renderPanel();
    const details = await screen.findByRole('region', { name: 'Relationship' });
    const tagBox = within(details).getByRole('textbox', { name: 'Add a tag' });
    await user.type(tagBox, `${'x'.repeat(51)}{Enter}`);
    expect(within(details).getByRole('alert').textContent).toBe('A tag can have at most 50 characters.');
    expect((tagBox as HTMLInputElement).value).toBe('x'.repeat(51));
    expect((await getDb().contacts.get('in:jane-doe'))?.tags).toEqual([]);
  });
});

describe('notes', () => {
  const notes = async () => (await getDb().notes.toArray()).map((note) => note.body).sort();

  it('autosave as you type, after a short pause, with no Save button', async () => {
    const user = userEvent.setup();
    await addJane();
    await showJane();
    renderPanel();
    await user.type(await screen.findByRole('textbox', { name: 'New note about Jane Doe' }), 'Two kids, loves sailing');
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    await waitFor(async () => expect(await notes()).toEqual(['Two kids, loves sailing']));
    expect(await screen.findByText(/^Saved /)).toBeTruthy();
  });

  it('save at once when the box loses focus', async () => {
    const user = userEvent.setup();
    await addJane();
    await showJane();
    renderPanel();
    const box = await screen.findByRole('textbox', { name: 'New note about Jane Doe' });
    await user.type(box, 'Blur me');
    act(() => box.blur());
    await waitFor(async () => expect(await notes()).toEqual(['Blur me']), { timeout: 150 });
  });

  it.each([
    ['the panel is closed (pagehide)', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'the panel is hidden (visibilitychange)',
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('save at once when %s', async (_, leave) => {
    const user = userEvent.setup();
    await addJane();
    await showJane();
    renderPanel();
    await user.type(await screen.findByRole('textbox', { name: 'New note about Jane Doe' }), 'Closing soon');
    act(leave);
    await waitFor(async () => expect(await notes()).toEqual(['Closing soon']), { timeout: 150 });
    vi.restoreAllMocks();
  });

  it('keep what was typed when the panel goes away (unmount) or the tab moves to another person', async () => {
    const user = userEvent.setup();
    await addJane();
    const window = await fakeWindow();
    const tab = await window.open(JANE);
    await report(tab, profileContext('jane-doe', 'Jane Doe'));
    render(<App search="" />);
    await user.type(await screen.findByRole('textbox', { name: 'New note about Jane Doe' }), 'Typed just before navigating');
    // An SPA navigation to another profile, right away.
    await window.navigate(tab, 'https://www.linkedin.com/in/sam-lee/');
    await report(tab, profileContext('sam-lee', 'Sam Lee'));
    expect(await screen.findByRole('article', { name: 'Sam Lee' })).toBeTruthy();
    await waitFor(async () => expect(await notes()).toEqual(['Typed just before navigating']), { timeout: 150 });
  });

  it('edit an existing note in place, and delete it with Undo', async () => {
    const user = userEvent.setup();
    await addJane();
    await saveNote('Likes sailing');
    await showJane();
    renderPanel();
    const box = await screen.findByDisplayValue('Likes sailing');
    await user.type(box, ' and chess');
    await waitFor(async () => expect(await notes()).toEqual(['Likes sailing and chess']));
    const noteItem = box.closest('li')!;
    await user.click(within(noteItem).getByRole('button', { name: /^Delete note from / }));
    await waitFor(async () => expect(await notes()).toEqual([]));
    // The note is gone from the database first; the list follows on the live query's next render.
    await waitFor(() => expect(screen.queryByDisplayValue('Likes sailing and chess')).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByDisplayValue('Likes sailing and chess')).toBeTruthy();
    expect(await notes()).toEqual(['Likes sailing and chess']);
  });

  it('"New note" starts another note at the top, focused; notes are listed newest first', async () => {
    const user = userEvent.setup();
    await addJane();
    await at('2026-01-01T09:00:00.000Z', () => saveNote('Older', null, 'note:a'));
    await at('2026-02-01T09:00:00.000Z', () => saveNote('Newer', null, 'note:b'));
    await showJane();
    renderPanel();
    await screen.findByDisplayValue('Older');
    const boxes = () => within(screen.getByRole('region', { name: 'Notes' })).getAllByRole('textbox').map((box) => (box as HTMLTextAreaElement).value);
    expect(boxes()).toEqual(['', 'Newer', 'Older']);
    await user.type(screen.getByRole('textbox', { name: 'New note about Jane Doe' }), 'First new');
    await waitFor(async () => expect(await notes()).toEqual(['First new', 'Newer', 'Older']));
    await user.click(screen.getByRole('button', { name: 'New note' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New note about Jane Doe' }));
    await user.keyboard('Second new');
    await waitFor(async () => expect(await notes()).toEqual(['First new', 'Newer', 'Older', 'Second new']));
    expect(boxes()).toEqual(['Second new', 'First new', 'Newer', 'Older']);
  });

  it('take another window’s newer text when nothing is typed here', async () => {
    await addJane();
    const first = await saveNote('Version 1');
    await showJane();
    renderPanel();
    await screen.findByDisplayValue('Version 1');
    await saveNote('Version 2, from the other window', first.updatedAt);
    expect(await screen.findByDisplayValue('Version 2, from the other window')).toBeTruthy();
  });

  describe('edited in two windows', () => {
    async function conflict(user: ReturnType<typeof userEvent.setup>) {
      await addJane();
      const first = await saveNote('Likes sailing');
      await showJane();
      renderPanel();
      const box = await screen.findByDisplayValue('Likes sailing');
      await user.type(box, '. Two kids.');
      // The other window saves first, over the same version.
      await saveNote('Likes sailing and chess', first.updatedAt);
      const alert = await screen.findByRole('alert');
      return { box: box as HTMLTextAreaElement, alert };
    }

    it('never overwrite the newer text: both versions are shown and the user’s text stays', async () => {
      const user = userEvent.setup();
      const { box, alert } = await conflict(user);
      expect(alert.textContent).toMatch(/changed in another window while you were typing/);
      expect(within(alert).getByText('Likes sailing and chess')).toBeTruthy();
      expect(box.value).toBe('Likes sailing. Two kids.');
      expect(await notes()).toEqual(['Likes sailing and chess']);
      // Typing on does not overwrite either.
      await user.type(box, ' Lives in Lyon.');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(await notes()).toEqual(['Likes sailing and chess']);
    });

    it('"Keep mine" saves the user’s text', async () => {
      const user = userEvent.setup();
      const { alert } = await conflict(user);
      await user.click(within(alert).getByRole('button', { name: 'Keep mine' }));
      await waitFor(async () => expect(await notes()).toEqual(['Likes sailing. Two kids.']));
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('"Use the other version" takes theirs', async () => {
      const user = userEvent.setup();
      const { box, alert } = await conflict(user);
      await user.click(within(alert).getByRole('button', { name: 'Use the other version' }));
      expect(box.value).toBe('Likes sailing and chess');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(await notes()).toEqual(['Likes sailing and chess']);
    });

    it('"Keep both" keeps theirs and saves the user’s text as a new note', async () => {
      const user = userEvent.setup();
      const { alert } = await conflict(user);
      await user.click(within(alert).getByRole('button', { name: 'Keep both' }));
      await waitFor(async () => expect(await notes()).toEqual(['Likes sailing and chess', 'Likes sailing. Two kids.']));
      expect(await screen.findByDisplayValue('Likes sailing. Two kids.')).toBeTruthy();
      expect(screen.getByDisplayValue('Likes sailing and chess')).toBeTruthy();
    });

    it('a note deleted in the other window while typing here is kept on screen, and can be kept', async () => {
      const user = userEvent.setup();
      await addJane();
      await saveNote('Likes sailing');
      await showJane();
      renderPanel();
      const box = await screen.findByDisplayValue('Likes sailing');
      await user.type(box, '. Two kids.');
      await send({ type: 'deleteNote', id: 'note:1' });
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/deleted in another window/);
      expect(screen.getByDisplayValue('Likes sailing. Two kids.')).toBeTruthy();
      await user.click(within(alert).getByRole('button', { name: 'Keep my note' }));
      await waitFor(async () => expect(await notes()).toEqual(['Likes sailing. Two kids.']));
    });
  });

  it('keep the text and say so when a save fails', async () => {
    const user = userEvent.setup();
    await addJane();
    await showJane();
    renderPanel();
    const box = await screen.findByRole('textbox', { name: 'New note about Jane Doe' });
    const listener = fakeBrowser.runtime.sendMessage;
    fakeBrowser.runtime.sendMessage = (async (message: { type: string }) =>
      message.type === 'saveNote' ? { ok: false, error: { code: 'storage-full', message: 'No room left.' } } : listener(message)) as typeof fakeBrowser.runtime.sendMessage;
    await user.type(box, 'Precious');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not saved: No room left\./);
    expect((box as HTMLTextAreaElement).value).toBe('Precious');
    fakeBrowser.runtime.sendMessage = listener;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(async () => expect(await notes()).toEqual(['Precious']));
  });
});

describe('timeline and balance', () => {
  it('lists touchpoints newest first with type, give/ask, date and the post', async () => {
    await addJane();
    await send({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'comment', at: '2026-02-01T09:00:00.000Z', postUrn: 'urn:li:activity:9', postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:9/' } });
    await send({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'ask', at: '2026-03-01T09:00:00.000Z', note: 'Asked for an intro' } });
    await send({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'meeting', at: '2026-01-01T09:00:00.000Z' } });
    await showJane();
    renderPanel();
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['Ask', 'Comment', 'Meeting']);
    expect(items[0]!.textContent).toMatch(/Me \(ask\)/);
    expect(items[0]!.textContent).toMatch(/Asked for an intro/);
    expect(items[1]!.textContent).toMatch(/Them \(give\)/);
    expect(items[1]!.querySelector('time')?.getAttribute('dateTime')).toBe('2026-02-01T09:00:00.000Z');
    expect(within(items[1]!).getByRole('link', { name: 'View post' }).getAttribute('href')).toBe('https://www.linkedin.com/feed/update/urn:li:activity:9/');
    expect(within(items[2]!).queryByRole('link')).toBeNull();
  });

  it('edits a touchpoint’s type, give/ask, day and note', async () => {
    const user = userEvent.setup();
    await addJane();
    await send({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'comment', at: '2026-02-01T09:00:00.000Z' } });
    await showJane();
    renderPanel();
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await user.click(within(timeline).getByRole('button', { name: /^Edit Comment on / }));
    await user.selectOptions(within(timeline).getByRole('combobox', { name: 'Type' }), 'call');
    await user.click(within(timeline).getByRole('radio', { name: 'Me (ask)' }));
    const day = within(timeline).getByLabelText('Day');
    await user.clear(day);
    await user.type(day, '2026-01-15');
    await user.type(within(timeline).getByRole('textbox', { name: 'Note (optional)' }), 'About the job');
    await user.click(within(timeline).getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const [touchpoint] = await getDb().touchpoints.toArray();
      expect(touchpoint).toMatchObject({ type: 'call', focus: 'ask', note: 'About the job' });
      expect(new Date(touchpoint!.at).getDate()).toBe(15);
    });
    expect(await within(timeline).findByText('Call')).toBeTruthy();
    // The contact's last touch moved with it, in the same write.
    expect((await getDb().contacts.get('in:jane-doe'))?.lastTouchAt?.slice(0, 10)).toBe('2026-01-15');
  });

  it('deletes a touchpoint, with Undo bringing it back as it was', async () => {
    const user = userEvent.setup();
    await addJane();
    await send({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'comment', at: '2026-02-01T09:00:00.000Z', note: 'Nice post' } });
    const [before] = await getDb().touchpoints.toArray();
    await showJane();
    renderPanel();
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await user.click(within(timeline).getByRole('button', { name: /^Delete Comment on / }));
    expect(await within(timeline).findByText('Nothing logged with Jane Doe yet.')).toBeTruthy();
    expect(await getDb().touchpoints.count()).toBe(0);
    expect((await getDb().contacts.get('in:jane-doe'))?.lastTouchAt).toBeUndefined();
    await user.click(within(timeline).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getDb().touchpoints.toArray()).toEqual([before]));
  });

  it('states the give/ask balance against the 90% rule', async () => {
    await addJane({ touches: Array.from({ length: 11 }, (_, day) => `2026-01-${String(day + 10).padStart(2, '0')}T09:00:00.000Z`), asks: [0, 7] });
    await showJane();
    renderPanel();
    const balance = await screen.findByRole('region', { name: 'Give and ask' });
    // The oldest ask has dropped out of the last ten.
    expect(within(balance).getByText('9 of your last 10 touchpoints were about them.')).toBeTruthy();
    expect(within(balance).getByText('Within the 90% rule: most of what you do is about them.')).toBeTruthy();
  });

  it('warns when the balance is below the rule', async () => {
    await addJane({ touches: ['2026-01-10T09:00:00.000Z', '2026-01-11T09:00:00.000Z', '2026-01-12T09:00:00.000Z'], asks: [1] });
    await showJane();
    renderPanel();
    const balance = await screen.findByRole('region', { name: 'Give and ask' });
    expect(within(balance).getByText('2 of your 3 touchpoints so far were about them.')).toBeTruthy();
    expect(within(balance).getByText('Below the 90% rule: make the next few touchpoints about them.')).toBeTruthy();
  });

  it('logs from the quick-log buttons and shows the log in the timeline at once', async () => {
    const user = userEvent.setup();
    await addJane();
    await showJane();
    renderPanel();
    await logFromMenu(user, 'Meeting');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByText('Meeting')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Give and ask' })).getByText('Your only touchpoint so far was about them.')).toBeTruthy();
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/app';
import { getDb } from '@/lib/db/db';
import type { PageContext } from '@/lib/linkedin/types';
import { connectPagesToBackground, deliver, senders } from '../../helpers/background';
import { findToast, logFromMenu } from '../../helpers/quick-log';

const TAB = 7;
const profileContext = (name: string, slug = 'jane-doe'): PageContext => ({
  url: `https://www.linkedin.com/in/${slug}/`,
  page: 'profile',
  profile: { slug, profileUrl: `https://www.linkedin.com/in/${slug}/`, name, headline: 'Head of Data at Acme', location: null, company: null, avatarUrl: null },
  posts: [],
  degraded: null,
});

async function showInTab(context: PageContext) {
  await deliver({ type: 'pageContextChanged', context }, senders.contentScript(TAB));
}

async function addContact(slug: string, name: string, circle: string, at: string) {
  vi.setSystemTime(new Date(at));
  await deliver({ type: 'logTouchpoint', target: { person: { profileUrl: `https://www.linkedin.com/in/${slug}/`, name }, circle }, touchpoint: { type: 'message' } });
  vi.useRealTimers();
}

const renderPopup = () => render(<App search={`?tabId=${TAB}`} />);

beforeEach(() => {
  connectPagesToBackground();
});

describe('the popup', () => {
  it('says what to do when the tab is not a LinkedIn page', async () => {
    renderPopup();
    expect(await screen.findByText('Open a LinkedIn profile or post to log a touchpoint.')).toBeTruthy();
  });

  it('shows a loading state, then the person on the page who is not in Rapport yet', async () => {
    await showInTab(profileContext('Jane Doe'));
    renderPopup();
    expect(screen.getByText('Looking at this tab…').getAttribute('role')).toBe('status');
    expect(await screen.findByRole('heading', { name: 'Jane Doe' })).toBeTruthy();
    expect(await screen.findByText('Not in Rapport')).toBeTruthy();
  });

  it('logs the type its primary button names in one click, adding the person to the wider circle with one labelled circle picker', async () => {
    const user = userEvent.setup();
    await showInTab(profileContext('Jane Doe'));
    renderPopup();
    await user.click(await screen.findByRole('button', { name: 'Log a message' }));
    expect(await findToast('Logged a message with Jane Doe, now in Rapport')).toBeTruthy();
    expect((await getDb().contacts.get('in:jane-doe'))?.circle).toBe('wider');
    expect(await getDb().touchpoints.count()).toBe(1);
    await screen.findByText('Last touched today');
    // Exactly one circle picker, labelled, with what the circle means from the cadences.
    const pickers = await screen.findAllByRole('group', { name: 'Circle' });
    expect(pickers).toHaveLength(1);
    const picker = pickers[0]!;
    expect(picker.getAttribute('aria-describedby') && document.getElementById(picker.getAttribute('aria-describedby')!)?.textContent).toBe('Wider · every 90 days');
    expect(within(picker).getByRole('button', { name: 'Wider' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(picker).getByRole('button', { name: 'Key' }));
    await waitFor(async () => expect((await getDb().contacts.get('in:jane-doe'))?.circle).toBe('key'));
    expect(await screen.findByText(/Last touched today/)).toBeTruthy();
  });

  it('logs each quick type with one click, asks default to "ask", and the switch overrides', async () => {
    const user = userEvent.setup();
    await showInTab(profileContext('Jane Doe'));
    renderPopup();
    await logFromMenu(user, 'Comment');
    await screen.findByText(/^Logged a comment with Jane Doe/);
    // The primary now names and logs the type last chosen.
    expect(screen.getByRole('button', { name: 'Log a comment' })).toBeTruthy();
    await logFromMenu(user, 'Ask');
    await screen.findByText(/^Logged an ask with Jane Doe/);
    await user.click(screen.getByRole('radio', { name: 'Me (ask)' }));
    await user.type(screen.getByLabelText('Note (optional)'), 'Asked about the Lyon meetup');
    await logFromMenu(user, 'Meeting');
    await screen.findByText(/^Logged a meeting with Jane Doe/);
    const touchpoints = await getDb().touchpoints.toArray();
    expect(touchpoints.map((t) => [t.type, t.focus, t.note ?? null]).sort()).toEqual([
      ['ask', 'ask', null],
      ['comment', 'give', null],
      ['meeting', 'ask', 'Asked about the Lyon meetup'],
    ]);
  });

  it('undoes a log, removing a person the log had added', async () => {
    const user = userEvent.setup();
    await showInTab(profileContext('Jane Doe'));
    renderPopup();
    await logFromMenu(user, 'Like');
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone.')).toBeTruthy();
    expect(await getDb().contacts.count()).toBe(0);
    expect(await getDb().touchpoints.count()).toBe(0);
  });

  it('shows when a known person was last touched and whether they are due', async () => {
    await addContact('jane-doe', 'Jane Doe', 'inner', '2026-01-01T09:00:00.000Z');
    await showInTab(profileContext('Jane Doe'));
    renderPopup();
    expect(await screen.findByText(/^Last touched .* · overdue$/)).toBeTruthy();
  });

  it('shows the recognition-degraded state, and logging by hand still works through search', async () => {
    await addContact('jane-doe', 'Jane Doe', 'inner', '2026-01-01T09:00:00.000Z');
    await showInTab({ url: 'https://www.linkedin.com/in/jane-doe/', page: 'profile', profile: null, posts: [], degraded: 'profile name not found' });
    const user = userEvent.setup();
    renderPopup();
    expect(await screen.findByText('LinkedIn changed this page; logging by hand still works.')).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Search contacts' }), 'jane');
    const results = await screen.findByRole('list', { name: 'Search results' });
    await user.click(within(results).getByRole('button', { name: 'Log a touchpoint with Jane Doe' }));
    await logFromMenu(user, 'Call', results);
    expect(await findToast('Logged a call with Jane Doe')).toBeTruthy();
  });

  it('on a profile it cannot read, offers logging for the person at the address, named by the slug', async () => {
    const address = { slug: 'ana-lima-7', profileUrl: 'https://www.linkedin.com/in/ana-lima-7/', name: null };
    await showInTab({ url: address.profileUrl, page: 'profile', profile: null, posts: [], degraded: 'profile-name-not-found', address });
    const user = userEvent.setup();
    renderPopup();
    expect(await screen.findByText('Rapport could not read this page, but the address names the person: you can still log for ana-lima-7.')).toBeTruthy();
    expect(screen.queryByText('LinkedIn changed this page; logging by hand still works.')).toBeNull();
    await logFromMenu(user, 'Comment');
    await screen.findByText(/^Logged a comment with ana-lima-7/);
    expect(await getDb().contacts.toArray()).toMatchObject([{ id: 'in:ana-lima-7', name: 'ana-lima-7' }]);
  });

  it('logging by address for someone already in Rapport keeps their name', async () => {
    await addContact('jane-doe', 'Jane Doe', 'inner', '2026-01-01T09:00:00.000Z');
    const address = { slug: 'jane-doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: null };
    await showInTab({ url: address.profileUrl, page: 'profile', profile: null, posts: [], degraded: 'profile-name-not-found', address });
    const user = userEvent.setup();
    renderPopup();
    expect(await screen.findByRole('heading', { name: 'Jane Doe' })).toBeTruthy();
    await logFromMenu(user, 'Comment');
    await screen.findByText(/^Logged a comment with Jane Doe/);
    expect(await getDb().contacts.toArray()).toMatchObject([{ id: 'in:jane-doe', name: 'Jane Doe' }]);
    expect(await getDb().touchpoints.count()).toBe(2);
  });

  it('logs a post’s touchpoint on its author, with the post’s URN and URL', async () => {
    const user = userEvent.setup();
    await showInTab({
      url: 'https://www.linkedin.com/feed/',
      page: 'feed',
      profile: null,
      degraded: null,
      posts: [
        { urn: 'urn:li:activity:7001', key: 'urn:li:activity:7001', author: { kind: 'company', name: 'Acme', slug: null, profileUrl: null }, text: 'We are hiring' },
        { urn: 'urn:li:activity:7002', key: 'urn:li:activity:7002', author: { kind: 'person', name: 'Sam Lee', slug: 'sam-lee', profileUrl: 'https://www.linkedin.com/in/sam-lee/' }, text: 'My new job' },
      ],
    });
    renderPopup();
    await user.click(await screen.findByRole('radio', { name: /Post by Sam Lee/ }));
    await user.click(await screen.findByRole('button', { name: 'Log a like' }));
    await screen.findByText(/^Logged a like with Sam Lee/);
    expect(await getDb().touchpoints.toArray()).toMatchObject([
      { contactId: 'in:sam-lee', type: 'like', postUrn: 'urn:li:activity:7002', postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7002/' },
    ]);
    await user.click(screen.getByRole('radio', { name: /Post by Acme/ }));
    expect(await screen.findByText('Acme is a company: touchpoints are for people.')).toBeTruthy();
  });

  it('shows an error when the background cannot be reached', async () => {
    fakeBrowser.runtime.sendMessage = (async () => undefined) as typeof fakeBrowser.runtime.sendMessage;
    renderPopup();
    expect((await screen.findAllByRole('alert'))[0]!.textContent).toMatch(/did not answer/);
  });

  it('renders a name that looks like HTML as text', async () => {
    await showInTab(profileContext('<img src=x onerror=alert(1)>Eve'));
    const { container } = renderPopup();
    expect(await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)>Eve' })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('the popup’s due list', () => {
  it('on an empty database, points to the import and praises nothing', async () => {
    renderPopup();
    expect(await screen.findByText(/^Nobody is in Rapport yet\. Start by importing your LinkedIn connections in Settings/)).toBeTruthy();
    expect(screen.queryByText(/Nice work|caught up/)).toBeNull();
  });

  it('with people in Rapport but nobody in a circle, asks to choose who to keep in touch with', async () => {
    await addContact('met-once', 'Met Once', 'untracked', '2026-01-01T09:00:00.000Z');
    renderPopup();
    expect(await screen.findByText(/^Nobody is in a circle yet\. Choose who to keep in touch with/)).toBeTruthy();
  });

  it('lists people due, most overdue first, with circle and last touch', async () => {
    await addContact('old-friend', 'Old Friend', 'inner', '2025-06-01T09:00:00.000Z');
    await addContact('recent-friend', 'Recent Friend', 'inner', '2026-01-01T09:00:00.000Z');
    await addContact('not-due', 'Not Due', 'wider', new Date().toISOString());
    renderPopup();
    expect(await screen.findByRole('heading', { name: 'Due (2)' })).toBeTruthy();
    const due = within(screen.getByRole('region', { name: 'Due (2)' }));
    const names = due.getAllByRole('link').filter((link) => link.getAttribute('href')?.includes('people.html?person='));
    expect(names.map((link) => link.textContent)).toEqual(['Old Friend', 'Recent Friend']);
    // The name opens Rapport's own view of the person; a small link beside it goes out to LinkedIn.
    expect(names[0]!.getAttribute('href')).toMatch(/\/people\.html\?person=in%3Aold-friend$/);
    expect(due.getByRole('link', { name: 'Open Old Friend’s profile on LinkedIn' }).getAttribute('href')).toBe('https://www.linkedin.com/in/old-friend/');
    expect(screen.getAllByText(/Inner · Last touched .* · overdue/)).toHaveLength(2);
  });

  it('snoozing someone for a week takes them off the list', async () => {
    const user = userEvent.setup();
    await addContact('old-friend', 'Old Friend', 'inner', '2025-06-01T09:00:00.000Z');
    renderPopup();
    await user.click(await screen.findByRole('button', { name: 'Snooze Old Friend' }));
    await user.click(screen.getByRole('button', { name: '1 week' }));
    expect(await screen.findByText('All caught up. Next: Old Friend, in 7 days.')).toBeTruthy();
    const contact = await getDb().contacts.get('in:old-friend');
    expect(Date.parse(contact!.snoozedUntil!) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
  });

  it('logging from the list takes the person off it; the toast and its Undo outlive the row', async () => {
    const user = userEvent.setup();
    await addContact('old-friend', 'Old Friend', 'inner', '2025-06-01T09:00:00.000Z');
    renderPopup();
    await user.click(await screen.findByRole('button', { name: 'Log a touchpoint with Old Friend' }));
    await user.click(screen.getByRole('button', { name: 'Log a message' }));
    expect(await screen.findByText('All caught up. Next: Old Friend, in 14 days.')).toBeTruthy();
    expect(await findToast('Logged a message with Old Friend')).toBeTruthy();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    await user.click(undo);
    expect(await screen.findByText('Undone.')).toBeTruthy();
    // The row is back, and focus went to the list's heading (the row it came from had gone).
    expect(await screen.findByRole('link', { name: 'Old Friend' })).toBeTruthy();
    expect(document.activeElement?.id).toBe('due-heading');
  });

  it('is fully keyboard operable', async () => {
    const user = userEvent.setup();
    await addContact('old-friend', 'Old Friend', 'inner', '2025-06-01T09:00:00.000Z');
    renderPopup();
    await screen.findByRole('link', { name: 'Old Friend' });
    const logButton = screen.getByRole('button', { name: 'Log a touchpoint with Old Friend' });
    logButton.focus();
    await user.keyboard('{Enter}');
    expect(logButton.getAttribute('aria-expanded')).toBe('true');
    await user.tab(); // Snooze
    await user.tab(); // Words to start with
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Words to start with for Old Friend');
    await user.tab(); // About them / about me: the focus comes first in every log
    expect(document.activeElement?.getAttribute('type')).toBe('radio');
    await user.tab(); // Log a message (main action)
    expect(document.activeElement?.textContent).toBe('Log a message');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('All caught up. Next: Old Friend, in 14 days.')).toBeTruthy();
  });
});

describe('search', () => {
  it('finds contacts by name, headline, company or tag and says when nothing matches', async () => {
    const user = userEvent.setup();
    await deliver({ type: 'logTouchpoint', target: { person: { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe', company: 'Acme' } }, touchpoint: { type: 'like' } });
    renderPopup();
    const box = screen.getByRole('searchbox', { name: 'Search contacts' });
    await user.type(box, 'acme');
    expect(await within(await screen.findByRole('list', { name: 'Search results' })).findByRole('link', { name: 'Jane Doe' })).toBeTruthy();
    await user.clear(box);
    await user.type(box, 'nobody');
    expect(await screen.findByText('Nobody in Rapport matches “nobody”.')).toBeTruthy();
  });
});

describe('posts on the page by people in Rapport', () => {
  const author = (slug: string, name: string) => ({ kind: 'person' as const, name, slug, profileUrl: `https://www.linkedin.com/in/${slug}/` });
  const feedContext = (posts: PageContext['posts']): PageContext => ({ url: 'https://www.linkedin.com/feed/', page: 'feed', profile: null, posts, degraded: null });

  it('lists the posts by people in Rapport from the lazily loaded list, overdue first, and leaves strangers out', async () => {
    await addContact('recent-friend', 'Recent Friend', 'inner', new Date().toISOString());
    await addContact('old-friend', 'Old Friend', 'inner', '2025-06-01T09:00:00.000Z');
    await showInTab(
      feedContext([
        { urn: null, key: 'k1', author: author('recent-friend', 'Recent Friend'), text: 'A launch' },
        { urn: null, key: 'k2', author: author('a-stranger', 'A Stranger'), text: 'Hiring' },
        { urn: null, key: 'k3', author: author('old-friend', 'Old Friend'), text: 'A new role' },
      ]),
    );
    renderPopup();
    const list = within(await screen.findByRole('region', { name: 'Posts by people in Rapport' }));
    await waitFor(() => expect(list.getAllByRole('listitem').map((row) => row.querySelector('strong')?.textContent)).toEqual(['Old Friend', 'Recent Friend']));
    expect(list.getAllByRole('listitem')[0]!.getAttribute('data-status')).toBe('overdue');
    expect(list.queryByText('A Stranger')).toBeNull();
  });

  it('shows the list with the tab’s view (its authors read with it, no loading state), then follows a write: a log moves the overdue person down', async () => {
    const user = userEvent.setup();
    await addContact('old-friend', 'Old Friend', 'inner', '2025-06-01T09:00:00.000Z');
    await addContact('older-friend', 'Older Friend', 'inner', '2025-05-01T09:00:00.000Z');
    await showInTab(
      feedContext([
        { urn: null, key: 'k1', author: author('old-friend', 'Old Friend'), text: 'A launch' },
        { urn: null, key: 'k2', author: author('older-friend', 'Older Friend'), text: 'A new role' },
      ]),
    );
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    renderPopup();
    const list = within(await screen.findByRole('region', { name: 'Posts by people in Rapport' }));
    // The first render of the list already has its rows: no loading state in between.
    expect(list.queryByRole('status')).toBeNull();
    const names = () => list.getAllByRole('listitem').map((row) => row.querySelector('strong')?.textContent);
    expect(names()).toEqual(['Old Friend', 'Older Friend']);
    expect(sent.mock.calls.map(([message]) => (message as unknown as { type: string }).type)).toContain('getTabView');
    await user.click(within(list.getByRole('group', { name: 'Log a touchpoint on Old Friend’s post' })).getByRole('button', { name: 'Like' }));
    await waitFor(() => expect(names()).toEqual(['Older Friend', 'Old Friend']));
    expect(list.getAllByRole('listitem')[1]!.getAttribute('data-status')).toBe('ok');
    sent.mockRestore();
  });

  it('says so when nobody on the page is in Rapport', async () => {
    await showInTab(feedContext([{ urn: null, key: 'k1', author: author('a-stranger', 'A Stranger'), text: 'Hiring' }]));
    renderPopup();
    const list = within(await screen.findByRole('region', { name: 'Posts by people in Rapport' }));
    expect(await list.findByText('No posts on this page by people in Rapport.')).toBeTruthy();
  });
});

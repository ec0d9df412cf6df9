import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/popup/app';
import { getDb } from '@/lib/db/db';
import type { PageContext } from '@/lib/linkedin/types';
import { connectPagesToBackground, deliver, senders } from '../../helpers/background';
import { logFromMenu } from '../../helpers/quick-log';

/** The popup's Undo takes back exactly the log it confirms (issue 20, item 5). */

const TAB = 7;
const jane: PageContext = {
  url: 'https://www.linkedin.com/in/jane-doe/',
  page: 'profile',
  profile: { slug: 'jane-doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe', headline: 'Head of Data at Acme', location: null, company: null, avatarUrl: null },
  posts: [],
  degraded: null,
};

beforeEach(async () => {
  connectPagesToBackground();
  await deliver({ type: 'pageContextChanged', context: jane }, senders.contentScript(TAB));
});

describe('Undo in the popup', () => {
  it('after a first log and a note about the person, keeps the person and the note and takes back only that touchpoint', async () => {
    const user = userEvent.setup();
    render(<App search={`?tabId=${TAB}`} />);
    await logFromMenu(user, 'Like');
    await screen.findByText(/^Logged a like with Jane Doe/);
    // Meanwhile, in the side panel, the user writes a note about Jane.
    await deliver({ type: 'saveNote', note: { id: 'n1', contactId: 'in:jane-doe', body: 'Wants an intro to Sam', baseUpdatedAt: null } });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone.')).toBeTruthy();
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(await getDb().contacts.get('in:jane-doe')).toMatchObject({ name: 'Jane Doe' });
    expect(await getDb().notes.get('n1')).toMatchObject({ body: 'Wants an intro to Sam' });
  });

  it('after a later log with the same person, takes back only the first one', async () => {
    const user = userEvent.setup();
    render(<App search={`?tabId=${TAB}`} />);
    await logFromMenu(user, 'Like');
    await screen.findByText(/^Logged a like with Jane Doe/);
    await deliver({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'call' } });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone.');
    await waitFor(async () => expect((await getDb().touchpoints.toArray()).map((touchpoint) => touchpoint.type)).toEqual(['call']));
    expect(await getDb().contacts.count()).toBe(1);
  });
});

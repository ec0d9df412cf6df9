import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PersonIntroductions } from '@/components/introductions/person-introductions';
import { IntroductionsCard, RECENT_INTRODUCTIONS } from '@/entrypoints/dashboard/introductions-card';
import { History } from '@/components/person/history';
import { QuickLog } from '@/components/quick-log';
import { getDb } from '@/lib/db/db';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { addIntroduction } from '@/lib/db/repo/writes/introductions';
import { connectPagesToBackground } from '../../helpers/background';
import { contextAt, person } from '../../helpers/context';

const NOW = '2026-12-02T09:00:00.000Z';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
  connectPagesToBackground();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function people() {
  await addPerson(getDb(), person('ana-lima', 'Ana Lima'), 'key', contextAt(NOW));
  await addPerson(getDb(), { ...person('ben-okafor', 'Ben Okafor'), headline: 'Data lead at Globex' }, 'wider', contextAt(NOW));
}

const section = () => screen.getByRole('region', { name: 'Introductions' });

describe('a person’s introductions', () => {
  it('says so when there are none, and offers Introduce…', async () => {
    await people();
    render(<PersonIntroductions contactId="in:ana-lima" name="Ana Lima" />);
    expect(await screen.findByText('No introductions with Ana Lima yet. Who would they be glad to meet?')).toBeTruthy();
    expect(within(section()).getByRole('button', { name: 'Introduce…' })).toBeTruthy();
  });

  it('introduces them to someone found in Rapport: listed with its purpose, a give on both timelines', async () => {
    await people();
    render(<PersonIntroductions contactId="in:ana-lima" name="Ana Lima" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Introduce…' }));
    const form = screen.getByRole('form', { name: 'Record an introduction' });
    expect(within(form).getByRole('radio', { name: 'I introduced Ana Lima to…' })).toHaveProperty('checked', true);
    fireEvent.change(within(form).getByLabelText('Find them in Rapport'), { target: { value: 'ben' } });
    fireEvent.click(await within(form).findByRole('button', { name: 'Choose Ben Okafor' }));
    expect(within(form).getByText('Chosen: Ben Okafor')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Why (optional)'), { target: { value: 'Both hiring data engineers' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save introduction' }));
    expect(await screen.findByText('Introduction saved.')).toBeTruthy();
    expect(await screen.findByText('Introduced Ana Lima to Ben Okafor · Both hiring data engineers')).toBeTruthy();
    const touches = await getDb().touchpoints.orderBy('contactId').toArray();
    expect(touches.map((touch) => [touch.contactId, touch.type, touch.focus])).toEqual([
      ['in:ana-lima', 'intro', 'give'],
      ['in:ben-okafor', 'intro', 'give'],
    ]);
  });

  it('records an introduction received from someone outside Rapport, by name and profile URL', async () => {
    await people();
    render(<PersonIntroductions contactId="in:ana-lima" name="Ana Lima" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Introduce…' }));
    const form = screen.getByRole('form', { name: 'Record an introduction' });
    fireEvent.click(within(form).getByRole('radio', { name: '…introduced me to Ana Lima' }));
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Carla Outside' } });
    fireEvent.change(within(form).getByLabelText('LinkedIn profile URL (optional)'), { target: { value: 'linkedin.com/in/Carla-Outside' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save introduction' }));
    expect(await screen.findByText('Carla Outside introduced you to Ana Lima')).toBeTruthy();
    expect(await getDb().introductions.toArray()).toEqual([
      expect.objectContaining({ kind: 'received', a: { name: 'Carla Outside', profileUrl: 'https://www.linkedin.com/in/carla-outside/' }, b: expect.objectContaining({ contactId: 'in:ana-lima' }) }),
    ]);
    expect(await getDb().touchpoints.count()).toBe(0);
  });

  it('explains what is missing: no other person, or a URL that is not a profile, and saves nothing', async () => {
    await people();
    render(<PersonIntroductions contactId="in:ana-lima" name="Ana Lima" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Introduce…' }));
    const form = screen.getByRole('form', { name: 'Record an introduction' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save introduction' }));
    expect(within(form).getByRole('alert').textContent).toBe('Choose the other person in Rapport, or type their name.');
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Carla' } });
    fireEvent.change(within(form).getByLabelText('LinkedIn profile URL (optional)'), { target: { value: 'https://example.com/carla' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save introduction' }));
    expect(within(form).getByRole('alert').textContent).toMatch(/not a LinkedIn profile URL/);
    fireEvent.change(within(form).getByLabelText('Find them in Rapport'), { target: { value: 'zzz' } });
    expect(await within(form).findByText(/Nobody in Rapport matches “zzz”/)).toBeTruthy();
    expect(await getDb().introductions.count()).toBe(0);
  });

  it('shows the background’s refusal (the same person twice) in the form', async () => {
    await people();
    render(<PersonIntroductions contactId="in:ana-lima" name="Ana Lima" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Introduce…' }));
    const form = screen.getByRole('form', { name: 'Record an introduction' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Ana again' } });
    fireEvent.change(within(form).getByLabelText('LinkedIn profile URL (optional)'), { target: { value: 'https://www.linkedin.com/in/ana-lima/' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save introduction' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('An introduction is between two different people.');
  });

  it('edits what came of it, and deleting takes its gives away with Undo bringing all back', async () => {
    await people();
    const intro = await addIntroduction(getDb(), { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { contactId: 'in:ben-okafor' } }, contextAt(NOW));
    render(<PersonIntroductions contactId="in:ana-lima" name="Ana Lima" />);
    const outcome = await screen.findByLabelText('What came of it: Introduced Ana Lima to Ben Okafor');
    fireEvent.change(outcome, { target: { value: 'helped' } });
    await waitFor(async () => expect((await getDb().introductions.get(intro.id))?.outcome).toBe('helped'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete introduction: Introduced Ana Lima to Ben Okafor' }));
    expect(await screen.findByText('Introduction deleted: Introduced Ana Lima to Ben Okafor')).toBeTruthy();
    expect(await getDb().touchpoints.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getDb().touchpoints.count()).toBe(2));
    expect(await getDb().introductions.get(intro.id)).toMatchObject({ outcome: 'helped', at: intro.at });
  });

  it('says why they cannot be read', async () => {
    await people();
    vi.spyOn(getDb().introductions, 'where').mockImplementation(() => {
      throw new Error('the disk is gone');
    });
    render(<PersonIntroductions contactId="in:ana-lima" name="Ana Lima" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not read introductions: .*the disk is gone/);
  });
});

describe('the timeline', () => {
  it('reads an introduction’s give as the introduction, with its purpose', async () => {
    await people();
    await addIntroduction(getDb(), { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { name: 'Carla Outside' }, purpose: 'Pilot customer' }, contextAt(NOW));
    render(<History contactId="in:ana-lima" name="Ana Lima" />);
    expect(await screen.findByText('Introduced Ana Lima to Carla Outside · Pilot customer')).toBeTruthy();
  });
});

describe('the dashboard’s introductions', () => {
  it('says so when none were made or received', async () => {
    render(<IntroductionsCard />);
    expect(await screen.findByText(/^No introductions made yet/)).toBeTruthy();
    expect(screen.getByText(/^No introductions received yet/)).toBeTruthy();
  });

  it('lists the ones made and received apart, newest first, at most the latest ones', async () => {
    await people();
    for (let i = 0; i <= RECENT_INTRODUCTIONS; i++) {
      const at = new Date(Date.parse(NOW) - (RECENT_INTRODUCTIONS - i) * 86_400_000).toISOString();
      await addIntroduction(getDb(), { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { name: `Person ${i}` }, at }, contextAt(NOW));
    }
    await addIntroduction(getDb(), { kind: 'received', a: { contactId: 'in:ben-okafor' }, b: { name: 'Dev Newman' } }, contextAt(NOW));
    render(<IntroductionsCard />);
    const made = await screen.findByRole('region', { name: 'You introduced' });
    const items = within(made).getAllByRole('listitem');
    expect(items).toHaveLength(RECENT_INTRODUCTIONS);
    expect(items[0]!.textContent).toMatch(new RegExp(`^Introduced Ana Lima to Person ${RECENT_INTRODUCTIONS}`));
    expect(items[1]!.textContent).toMatch(new RegExp(`^Introduced Ana Lima to Person ${RECENT_INTRODUCTIONS - 1}`));
    const received = screen.getByRole('region', { name: 'Introduced to you' });
    expect(within(received).getAllByRole('listitem').map((item) => item.querySelector('p')?.textContent)).toEqual(['Ben Okafor introduced you to Dev Newman']);
  });

  it('says why they cannot be read', async () => {
    vi.spyOn(getDb().introductions, 'where').mockImplementation(() => {
      throw new Error('the disk is gone');
    });
    render(<IntroductionsCard />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not read introductions: .*the disk is gone/);
  });
});

describe('the logger’s Introduce…', () => {
  it('opens the introduction form for the person logged with, and records it', async () => {
    await people();
    render(<QuickLog offerIntroduce subject={{ target: { contactId: 'in:ana-lima' }, name: 'Ana Lima' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Introduce…' }));
    const form = await screen.findByRole('form', { name: 'Record an introduction' });
    fireEvent.change(within(form).getByLabelText('Find them in Rapport'), { target: { value: 'okafor' } });
    fireEvent.click(await within(form).findByRole('button', { name: 'Choose Ben Okafor' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save introduction' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Record an introduction' })).toBeNull());
    expect(await getDb().introductions.toArray()).toEqual([expect.objectContaining({ kind: 'made', contactIds: ['in:ana-lima', 'in:ben-okafor'] })]);
  });

  it('is not offered for someone not in Rapport yet, nor where the page has its own', async () => {
    render(<QuickLog offerIntroduce subject={{ target: { person: person('new-person', 'New Person') }, name: 'New Person' }} />);
    render(<QuickLog subject={{ target: { contactId: 'in:ana-lima' }, name: 'Ana Lima' }} />);
    expect(screen.queryByRole('button', { name: 'Introduce…' })).toBeNull();
  });
});

import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AskReadinessNote, RelationshipStrength } from '@/components/person/relationship-strength';

/** The relationship's state with its reasons in the person view, and the gentle note before an ask (issue 17). */

const NOW = Date.parse('2026-12-03T10:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000).toISOString();
const knownLong = { createdAt: daysAgo(400), connectedAt: daysAgo(900) };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('relationship strength in the person view', () => {
  it('says the state with its reasons in words', () => {
    const strong = {
      ...knownLong,
      lastTouchAt: daysAgo(5),
      strengthFacts: { recentTouches: [daysAgo(5), daysAgo(20), daysAgo(40)], lastSentAt: daysAgo(5), lastReceivedAt: daysAgo(12), gives: 8, classified: 9 },
    };
    render(<RelationshipStrength contact={strong} />);
    const line = screen.getByText(/Relationship: Strong/).closest('p')!;
    expect(line.textContent).toContain('3 touches in 90 days');
    expect(line.textContent).toContain('8 of 9 about them');
  });

  it('says it is not judged yet when no facts are kept', () => {
    render(<RelationshipStrength contact={knownLong} />);
    expect(screen.getByText(/Not judged yet/)).toBeTruthy();
  });
});

describe('before an ask', () => {
  it('someone not in Rapport yet: give first', () => {
    render(<AskReadinessNote contact={null} />);
    expect(screen.getByRole('note').textContent).toMatch(/only just met/);
  });

  it('a cold relationship: reconnect first', () => {
    render(<AskReadinessNote contact={{ ...knownLong, lastTouchAt: daysAgo(300), strengthFacts: { recentTouches: [], gives: 1, classified: 1 } }} />);
    expect(screen.getByRole('note').textContent).toMatch(/not been in touch for a long while/);
  });

  it('mostly about you: consider giving first', () => {
    const facts = { recentTouches: [daysAgo(3), daysAgo(10), daysAgo(30)], lastSentAt: daysAgo(3), lastReceivedAt: daysAgo(4), gives: 1, classified: 4 };
    render(<AskReadinessNote contact={{ ...knownLong, lastTouchAt: daysAgo(3), strengthFacts: facts }} />);
    expect(screen.getByRole('note').textContent).toMatch(/Most of your recent touches with them were about you/);
  });

  it('says nothing for a strong, giving relationship, or one not judged yet', () => {
    const facts = { recentTouches: [daysAgo(3), daysAgo(10), daysAgo(30)], lastSentAt: daysAgo(3), lastReceivedAt: daysAgo(4), gives: 8, classified: 9 };
    const { rerender } = render(<AskReadinessNote contact={{ ...knownLong, lastTouchAt: daysAgo(3), strengthFacts: facts }} />);
    expect(screen.queryByRole('note')).toBeNull();
    rerender(<AskReadinessNote contact={knownLong} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('the logger', () => {
  it('shows the note first when the log is an ask, and never blocks it', async () => {
    const { QuickLog } = await import('@/components/quick-log');
    const person = { profileUrl: 'https://www.linkedin.com/in/new-person/', name: 'New Person' };
    render(<QuickLog type="ask" subject={{ target: { person }, name: 'New Person', relationship: null }} />);
    expect(screen.getByRole('note').textContent).toMatch(/only just met/);
    expect(screen.getByRole('button', { name: /Log an ask/i })).toBeTruthy();
  });

  it('says nothing before a give', async () => {
    const { QuickLog } = await import('@/components/quick-log');
    const person = { profileUrl: 'https://www.linkedin.com/in/new-person/', name: 'New Person' };
    render(<QuickLog type="message" subject={{ target: { person }, name: 'New Person', relationship: null }} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { fillTemplate, firstNameOf, StarterTemplates, STARTER_MOMENTS } from '@/lib/starters/templates';
import { defaultTemplate, templateFor } from '@/lib/starters/default-templates';
import { momentOfDue } from '@/lib/starters/moment-of-due';

describe('words to start with', () => {
  it('greets by the first name, skipping a title, as plain text', () => {
    expect(firstNameOf('Jane Doe')).toBe('Jane');
    expect(firstNameOf('  Dr. Ada   Lovelace ')).toBe('Ada');
    expect(firstNameOf('Zoë')).toBe('Zoë');
    expect(firstNameOf('<b>Zoë</b> Test')).toBe('<b>Zoë</b>');
    expect(fillTemplate('Hi {firstName}, and again {firstName}!', 'Ali Khan')).toBe('Hi Ali, and again Ali!');
  });

  it('has a default for every moment, each naming the person', () => {
    for (const moment of STARTER_MOMENTS) {
      expect(defaultTemplate(moment)).toContain('{firstName}');
      expect(fillTemplate(defaultTemplate(moment), 'Jane Doe')).toContain('Jane');
    }
    expect(fillTemplate(defaultTemplate('newRole'), 'Jane Doe')).toBe('Congratulations on the new role, Jane! Wishing you every success. How are the first weeks going?');
  });

  it('uses the user’s own template when set and not blank', () => {
    expect(templateFor('thanks', { thanks: 'Merci {firstName} !' })).toBe('Merci {firstName} !');
    expect(templateFor('thanks', { thanks: '   ' })).toBe(defaultTemplate('thanks'));
    expect(templateFor('thanks', null)).toBe(defaultTemplate('thanks'));
  });

  it('validates stored templates: known moments only, trimmed, capped', () => {
    expect(StarterTemplates.safeParse({ thanks: '  Thanks {firstName}  ' })).toMatchObject({ success: true, data: { thanks: 'Thanks {firstName}' } });
    expect(StarterTemplates.safeParse({ unknown: 'x' }).success).toBe(false);
    expect(StarterTemplates.safeParse({ thanks: 'x'.repeat(601) }).success).toBe(false);
  });

  it('picks the moment of a due person: the 24-7-30 step of a new connection, else a catch-up', () => {
    const since = '2026-03-01T09:00:00.000Z';
    const now = Date.parse('2026-03-09T09:00:00.000Z');
    expect(momentOfDue({ circle: 'new', circleSince: since }, now)).toBe('newConnectionDay1');
    expect(momentOfDue({ circle: 'new', circleSince: since, lastTouchAt: '2026-02-01T09:00:00.000Z' }, now)).toBe('newConnectionDay1');
    expect(momentOfDue({ circle: 'new', circleSince: since, lastTouchAt: '2026-03-02T09:00:00.000Z' }, now)).toBe('newConnectionWeek');
    expect(momentOfDue({ circle: 'new', circleSince: since, lastTouchAt: '2026-03-08T09:00:00.000Z' }, Date.parse('2026-03-31T10:00:00.000Z'))).toBe('newConnectionMonth');
    expect(momentOfDue({ circle: 'key', circleSince: since }, now)).toBe('catchUp');
  });
});

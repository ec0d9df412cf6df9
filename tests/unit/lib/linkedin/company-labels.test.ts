import { describe, expect, it } from 'vitest';
import { recognizeProfile } from '@/lib/linkedin/parse-profile';
import { parseSavedPage } from '@/scripts/recognize/parse-saved-page';
import { profilePageV3 } from '@/tests/fixtures/linkedin/profile-top-card.v3';

/** The V2/V3 current-company button in other UI languages, by its label (the English one is in synthetic-pages.test.ts). */
const page = (label: string) =>
  parseSavedPage(profilePageV3({ slug: 'lea-martin-5', name: 'Léa Martin', headline: 'RH', company: 'Initech' }).replace('Current company: Initech.', `${label} Initech.`));

describe('current company beyond English', () => {
  it.each([
    ['fr, as LinkedIn writes it (two no-break spaces before the colon: search/Ecmosplasmidou… 2025-03)', 'Entreprise actuelle\u00a0\u00a0:'],
    ['fr, one narrow no-break space', 'Entreprise actuelle\u202f:'],
    ['pt', 'Empresa atual:'],
    ['de', 'Aktuelles Unternehmen:'],
  ])('%s', (_, label) => {
    expect(recognizeProfile(page(label), 'https://www.linkedin.com/in/lea-martin-5/').profile?.company).toBe('Initech');
  });

  it('a label that does not say "company" gives none (a school is never taken for it)', () => {
    expect(recognizeProfile(page('Formation :'), 'https://www.linkedin.com/in/lea-martin-5/').profile?.company).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { componentKeyShape, pageSkeleton } from '@/lib/linkedin/page-report';
import { hasRealPages, real, synthetic } from './fixtures';

/** The page report is safe to attach to a public bug: structure in, no text, URL, name or id out. */

describe('page report', () => {
  it('keeps LinkedIn’s structural words of componentkey and drops tokens, member ids and slugs', () => {
    expect(componentKeyShape('com.linkedin.sdui.profile.card.refACoAABh9v68Bm16HDjm0Topcard')).toBe('com.linkedin.sdui.profile.card.ref*Topcard');
    expect(componentKeyShape('expandedhhzdJoWJq8PmM20pFxA_n4QFeedType_MAIN_FEED_RELEVANCE')).toBe('expanded*FeedType_MAIN_FEED_RELEVANCE');
    expect(componentKeyShape('profileCardsBelowActivityPart1rossrmartin')).toBe('profileCardsBelowActivityPart1*');
    expect(componentKeyShape('78e5f385-491e-48f4-ad83-c99553c23c65')).toBe('*');
  });

  it('leaks nothing of a synthetic page’s people, texts or links, and keeps its structure', () => {
    const report = pageSkeleton(synthetic('profile.v4.html'));
    for (const secret of ['Marina', 'marina-costa-7f', 'Costa', 'ACoAA', 'Acme', 'São Paulo', 'http', 'linkedin.com', '7400000000000000001', 'Pedro', 'Engenheira', 'Mensagem']) {
      expect(report).not.toContain(secret);
    }
    expect(report).toContain('componentkey="com.linkedin.sdui.profile.card.ref*Topcard"');
    expect(report).toContain('<svg id="thumbs-up-outline-small">');
    expect(report).toContain('<svg id="company-accent-4">');
    expect(report).toContain('<span data-testid="expandable-text-box"> …');
    expect(report).toContain('<a href aria-label>');
    expect(report).toContain('<div componentkey="*" role="listitem">');
  });

  it.runIf(hasRealPages)('leaks nothing of a real 2026 profile: no name, slug, member id, URL, text or number', () => {
    const doc = real('profile/yennanliu__linkedin-skill__profile_snapshot.html');
    const report = pageSkeleton(doc);
    for (const secret of ['Ross', 'rossrmartin', 'Martin', 'ACoAABh9v68', 'https', 'media.licdn', 'Amazon', 'Tokyo', 'Ines', 'eero']) {
      expect(report).not.toContain(secret);
    }
    expect(report).not.toMatch(/\d{5,}/);
    // No phrase of the page's text (names, headlines, posts) comes through.
    const phrases = [...doc.body.querySelectorAll('*')].flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => (n.textContent ?? '').trim())).filter((t) => t.length >= 12);
    expect(phrases.length).toBeGreaterThan(100);
    expect(phrases.filter((phrase) => report.includes(phrase))).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { explainPage } from '@/scripts/recognize/explain';
import { hasRealPages, real, synthetic } from '@/tests/unit/lib/linkedin/fixtures';

/** `recognize --explain`: the recognizer's own trace, field by field, for maintainers. */

/** The lines under a field's heading, up to the next field. */
function section(output: string, heading: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  expect(start, `no "${heading}" in\n${output}`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith('    '));
  return [lines[start], ...rest.slice(0, end === -1 ? undefined : end)].join('\n');
}

describe('recognize --explain', () => {
  it.runIf(hasRealPages)('explains every field of a real 2026 React profile by the rule that produced it', () => {
    const output = explainPage(real('profile/yennanliu__linkedin-skill__profile_snapshot.html'), 'https://www.linkedin.com/in/rossrmartin/');
    expect(output).toMatch(/^page: profile\n/);
    expect(section(output, '  slug:')).toContain('"rossrmartin"');
    expect(section(output, '  slug:')).toContain('✓ the URL path /in/<slug>/');
    const member = section(output, '  memberId:');
    expect(member).toMatch(/"ACoA[A-Za-z0-9_-]+"/);
    expect(member).toContain('✓ V4 React top card: the ACoA… id in its componentkey');
    const name = section(output, '  name:');
    expect(name).toContain('"Ross Martin 🚀"');
    // The older generations were tried first and rejected; the React card produced the name, and the variants that matched are named.
    expect(name).toMatch(/✗ V2\/V3 top card/);
    expect(name).toMatch(/✗ V0 guest profile/);
    expect(name).toMatch(/✓ V4 React top card \(reactTopCard\)/);
    expect(name).toContain('matched reactTopCard: [componentkey$="Topcard"]');
    expect(name).toContain('matched reactTopCardName: h2');
    expect(name.indexOf('✗ V2/V3')).toBeLessThan(name.indexOf('✓ V4'));
    expect(section(output, '  headline:')).toContain('✓ V4 React top card: the first paragraph after the block holding the name');
    expect(section(output, '  location:')).toContain('"Tokyo, Tokyo, Japan"');
    const company = section(output, '  company:');
    expect(company).toContain('"Amazon Web Services (AWS)"');
    expect(company).toContain('matched reactTopCardCompany: [role="button"]:has(svg[id^="company-accent"])');
    // Posts: one numbered card per recognised post, each with its key's and its author's rule.
    expect(output).toContain('posts: 10\n');
    expect(output.match(/^ {2}#\d+ card$/gm)).toHaveLength(10);
    expect(output).toContain('✓ the post URN of the card\'s link to /feed/update/<urn>/ (reactPostLink)');
    // Reposts: the author comes from the actor block after the context line's rule.
    expect(output).toContain('✓ V4: the header around the control menu is a context line closed by v4HeaderRule');
    expect(output).toContain('matched entityLink: a[href*="/in/"]');
  });

  it('explains a synthetic 2026 Portuguese feed: furniture rejected, context lines skipped, keys from componentkey', () => {
    const output = explainPage(synthetic('feed-pt.v4.html'), 'https://www.linkedin.com/feed/');
    expect(output).toMatch(/^page: feed\n\nposts: 3\n/);
    // The "people to follow" module has a control menu but no post parts: rejected, and said so.
    expect(output).toContain('✗ 1 × reactPostItem with a control menu but neither a social bar');
    expect(output).toMatch(/✗ \d+ × reactPostItem without a control menu/);
    expect(output).toContain('key: "componentkey:PTtokenOne"');
    expect(output).toContain('✓ the 2026 feed item\'s componentkey token');
    expect(output).toMatch(/author: Rafael Lima \(person \/in\/rafael-lima-12\/\)\n\s+✓ V4: the header around the control menu is a context line/);
    expect(output).toMatch(/author: Initech \(company \/company\/initech\/\)/);
  });

  it('explains why an unreadable 2026 profile recognises nobody, and that its address still logs', () => {
    const output = explainPage(synthetic('profile-unreadable.v4.html'), 'https://www.linkedin.com/in/jane-doe-4a1b2c/');
    expect(output).toContain('person — none recognised (degraded: profile-name-not-found)');
    const name = section(output, '  name:');
    expect(name).toContain('name: —');
    expect(name).toMatch(/✗ V4 React top card/);
    expect(name).not.toContain('✓');
    expect(output).toContain('address: the person at /in/jane-doe-4a1b2c/ can still be logged');
  });

  it('is what `npm run recognize -- --explain` prints', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/recognize.ts', '--explain', '--url', 'https://www.linkedin.com/feed/', 'tests/fixtures/linkedin/feed-pt.v4.html'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(explainPage(synthetic('feed-pt.v4.html'), 'https://www.linkedin.com/feed/'));
  }, 60_000);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bubbleV3, threadV3, withBubbles } from '@/tests/fixtures/linkedin/messaging-pages';

/** The recognizer CLI as maintainers run it: one JSON object on stdout, clear errors otherwise. */
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/recognize.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run recognize', () => {
  it('prints exactly one JSON object in the contract for a saved page', () => {
    const result = run('--url', 'https://www.linkedin.com/feed/', 'tests/fixtures/linkedin/feed.v4.html');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['page', 'profile', 'posts']);
    expect(output.page).toBe('feed');
    expect(output.profile).toBeNull();
    expect(output.posts[4]).toEqual({ urn: null, key: 'componentkey:EEEtokenFive', author: null, text: null });
    expect(output.posts[0].author).toEqual({ kind: 'person', name: 'Jane Doe', slug: 'jane-doe-4a1b2c', profileUrl: 'https://www.linkedin.com/in/jane-doe-4a1b2c/' });
  }, 60_000);

  it('prints a profile with exactly the contract’s fields', () => {
    const result = run('--url', 'https://www.linkedin.com/in/jane-doe-4a1b2c/', 'tests/fixtures/linkedin/profile-viewer-vs-viewed.v3.html');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.page).toBe('profile');
    expect(Object.keys(output.profile)).toEqual(['slug', 'profileUrl', 'name', 'headline', 'location', 'avatarUrl']);
    expect(output.profile).toMatchObject({ slug: 'jane-doe-4a1b2c', name: 'Jane Doe', headline: 'Product lead | Mentor' });
  }, 60_000);

  it('reports who each open conversation is with: the thread’s partner, a group, or null', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
    const thread = join(dir, 'thread.html');
    writeFileSync(thread, threadV3({ partner: { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' }, list: [{ slug: 'sam-lee-31', name: 'Sam Lee' }] }));
    const output = JSON.parse(run('--url', 'https://www.linkedin.com/messaging/thread/2-ZTHREAD/', thread).stdout);
    expect(Object.keys(output)).toEqual(['page', 'profile', 'posts', 'conversations']);
    expect(output.page).toBe('messaging');
    expect(output.conversations).toEqual([{ kind: 'one-to-one', partner: { profileUrl: 'https://www.linkedin.com/in/jane-doe-4a1b2c/', memberId: null, name: 'Jane Doe' } }]);

    const bubbles = join(dir, 'bubbles.html');
    writeFileSync(bubbles, withBubbles([bubbleV3({ partner: null, group: [{ slug: 'sam-lee-31', name: 'Sam Lee' }, { slug: 'kim-park-9', name: 'Kim Park' }] }), bubbleV3({ partner: null })]));
    expect(JSON.parse(run('--url', 'https://www.linkedin.com/feed/', bubbles).stdout).conversations).toEqual([{ kind: 'group', participants: [] }, null]);
  }, 60_000);

  it.each([
    [['tests/fixtures/linkedin/feed.v4.html'], /Missing --url/, 2],
    [['--url', 'not a url', 'tests/fixtures/linkedin/feed.v4.html'], /is not a URL/, 2],
    [['--url', 'https://www.linkedin.com/feed/'], /exactly one saved page/, 2],
    [['--url', 'https://www.linkedin.com/feed/', 'missing.html'], /Cannot read missing\.html/, 1],
  ])('refuses %j with a clear message', (args, message, status) => {
    const result = run(...args);
    expect(result.status).toBe(status);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  }, 60_000);
});

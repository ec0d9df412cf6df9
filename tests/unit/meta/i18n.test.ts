import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import catalogue from '@/public/_locales/en/messages.json';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
const entries = Object.entries(catalogue as Record<string, Entry>);

const sources = execSync("git ls-files -co --exclude-standard 'entrypoints/**' 'components/**' 'lib/**' wxt.config.ts", { encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(ts|tsx|html)$/.test(file) && existsSync(file))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('the message catalogue (public/_locales/en/messages.json)', () => {
  it.each(entries)('%s is used somewhere', (key) => {
    const plural = key.replace(/_(zero|one|two|few|many|other)$/, '');
    // Keys for an enum's values (`circle_inner`) are looked up with a template: t(`circle_${circle}`).
    const templatePrefix = key.includes('_') ? `\`${key.slice(0, key.lastIndexOf('_'))}_\${` : null;
    const used =
      sources.includes(`'${key}'`) ||
      sources.includes(`__MSG_${key}__`) ||
      sources.includes(`'${plural}'`) ||
      (templatePrefix !== null && sources.includes(templatePrefix));
    expect(used, `${key} is never used`).toBe(true);
  });

  it.each(entries)('%s uses only the placeholders it declares, named in lower case', (_, entry) => {
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase());
    expect(new Set(used)).toEqual(new Set(Object.keys(entry.placeholders ?? {})));
    for (const name of Object.keys(entry.placeholders ?? {})) expect(name).toBe(name.toLowerCase());
  });

  it('every plural message has an _other form', () => {
    const bases = new Set(entries.map(([key]) => key).filter((key) => /_(zero|one|two|few|many)$/.test(key)).map((key) => key.replace(/_[a-z]+$/, '')));
    for (const base of bases) expect(catalogue, `${base}_other`).toHaveProperty(`${base}_other`);
  });
});

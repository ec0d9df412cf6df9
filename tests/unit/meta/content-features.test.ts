import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { features } from '@/entrypoints/linkedin.content/features';

/** Conventions of content-script features, as tests (refined-github's build/features.test.ts). */
const DIR = 'entrypoints/linkedin.content/features';
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('content-script features', () => {
  it('lists every feature file in features/index.ts, once', () => {
    expect(features.map((f) => `${f.id}.ts`).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s: its id is its file name, it says when it runs, and it is documented', (file) => {
    const feature = features.find((f) => `${f.id}.ts` === file);
    expect(feature?.include.length).toBeGreaterThan(0);
    const source = readFileSync(`${DIR}/${file}`, 'utf8');
    expect(source).toMatch(/\/\*\*[\s\S]+?\*\/\s*export default defineFeature\(/);
    // Features get their URL and document from the manager; they never read location or poll.
    expect(source).not.toMatch(/\blocation\.|setInterval\(/);
  });
});

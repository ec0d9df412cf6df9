import { describe, expect, it } from 'vitest';
import { initials } from '@/lib/contacts/initials';

describe('initials (the avatar that needs no network request)', () => {
  it.each([
    ['Jane Doe', 'JD'],
    ['Jane van der Doe', 'JD'],
    ['Cher', 'C'],
    ['  amélie   poulain ', 'AP'],
    ['Émile Zola', 'ÉZ'],
    ['李 小龍', '李小'],
    ['"Bob" (Robert) Smith', 'BS'],
    ['🚀 Rocket Founder', 'RF'],
    ['<img src=x onerror=alert(1)>Eve', 'IO'],
    ['', ''],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});

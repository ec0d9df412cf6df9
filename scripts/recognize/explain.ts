import { recognizePage } from '@/lib/linkedin/recognize-page';
import { reactCardMemberId } from '@/lib/linkedin/parse-profile';
import * as selectors from '@/lib/linkedin/selectors';
import type { UrlLike } from '@/lib/linkedin/page-detect';
import type { Trace } from '@/lib/linkedin/trace';
import type { PostAuthor } from '@/lib/linkedin/types';

/**
 * `npm run --silent recognize -- --explain …`: the recognizer run once with a
 * trace sink, and the trace printed field by field: for each value, the rules
 * tried and rejected (✗) and the rule that produced it (✓), with the selector
 * variant that matched the element it was read from. Nothing here recognises
 * anything: every line comes from lib/linkedin's own `trace?.(…)` calls.
 */

interface Step {
  field: string;
  ok: boolean;
  rule: string;
  at: Element | null;
}

/** Selector lists named in a rule, by their export name in lib/linkedin/selectors.ts. */
const LISTS = (Object.entries(selectors) as Array<[string, unknown]>).filter(
  (entry): entry is [string, readonly string[]] => Array.isArray(entry[1]) && entry[1].every((v) => typeof v === 'string'),
);

/** Which variant of each selector list the rule names matched the element read (on it, or around it). */
function matchedVariants(step: Step): string[] {
  if (!step.at) return [];
  const found: Array<[number, string]> = [];
  for (const [name, variants] of LISTS) {
    const position = step.rule.search(new RegExp(`\\b${name}\\b`));
    if (position === -1) continue;
    const variant = variants.find((v) => {
      try {
        return step.at!.matches(v) || step.at!.closest(v) !== null || step.at!.querySelector(v) !== null;
      } catch {
        return false;
      }
    });
    if (variant) found.push([position, `${name}: ${variant}`]);
  }
  // In the order the rule names them (module namespaces differ in key order between runners).
  return found.sort((a, b) => a[0] - b[0]).map(([, text]) => text);
}

const show = (value: unknown): string => (value === null || value === undefined ? '—' : JSON.stringify(value));
const authorText = (author: PostAuthor | null): string => (author ? `${author.name} (${author.kind}${author.slug ? ` /${author.kind === 'person' ? 'in' : 'company'}/${author.slug}/` : ''})` : '—');

function stepLines(steps: Step[], indent: string): string[] {
  return steps.flatMap((step) => {
    const variants = matchedVariants(step);
    return [`${indent}${step.ok ? '✓' : '✗'} ${step.rule}`, ...variants.map((v) => `${indent}    matched ${v}`)];
  });
}

/** Counts of the same rejection, most frequent first, so a feed's hundred list items read as a few lines. */
function tally(steps: Step[]): string[] {
  const counts = new Map<string, number>();
  for (const step of steps) counts.set(step.rule, (counts.get(step.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `  ✗ ${count} × ${rule}`);
}

export function explainPage(doc: Document, url: UrlLike): string {
  const steps: Step[] = [];
  const trace: Trace = (field, ok, rule, at) => steps.push({ field, ok, rule, at: at ?? null });
  const result = recognizePage(doc, url, trace);
  const lines: string[] = [`page: ${result.page}`, ''];

  const postFields = new Set(['card', 'key', 'author']);
  const personSteps = steps.filter((s) => !postFields.has(s.field));
  const postSteps = steps.filter((s) => postFields.has(s.field));

  if (result.page === 'profile' || result.page === 'activity') {
    const profile = result.profile;
    const memberStep = personSteps.find((s) => s.field === 'memberId' && s.ok);
    const values: Record<string, unknown> = {
      slug: profile?.slug ?? result.address?.slug ?? null,
      memberId: memberStep?.at ? reactCardMemberId(memberStep.at) : null,
      name: profile?.name ?? null,
      headline: profile?.headline ?? null,
      location: profile?.location ?? null,
      company: profile?.company ?? null,
      avatarUrl: profile?.avatarUrl ?? null,
    };
    lines.push(`person${profile ? '' : ' — none recognised'}${result.degraded ? ` (degraded: ${result.degraded})` : ''}`);
    for (const field of Object.keys(values)) {
      lines.push(`  ${field}: ${show(values[field])}`);
      const own = personSteps.filter((s) => s.field === field);
      const none = field === 'memberId' ? '    (read only from an accepted 2026 React top card\'s key: none here)' : '    (no rule reached this field)';
      lines.push(...(own.length ? stepLines(own, '    ') : [none]));
    }
    if (!profile && result.address) lines.push(`  address: the person at /in/${result.address.slug}/ can still be logged${result.address.name ? ` (name from the page title: ${show(result.address.name)})` : ''}`);
    lines.push('');
  }

  // Rejected candidates come first (findPostRoots), then one group per card, opened by its ✓ card step.
  const firstCard = postSteps.findIndex((s) => s.field === 'card' && s.ok);
  const candidates = firstCard === -1 ? postSteps : postSteps.slice(0, firstCard);
  const groups: Step[][] = [];
  for (const step of firstCard === -1 ? [] : postSteps.slice(firstCard)) {
    if (step.field === 'card' && step.ok) groups.push([step]);
    else groups[groups.length - 1]?.push(step);
  }
  lines.push(`posts: ${result.posts.length}`);
  lines.push(...tally(candidates.filter((s) => !s.ok)));
  let index = 0;
  for (const group of groups) {
    const dropped = group.find((s) => s.field === 'card' && !s.ok);
    const head = group[0]!;
    if (dropped || !group.some((s) => s.field === 'key' && s.ok)) {
      lines.push(`  (card skipped) ✗ ${dropped?.rule ?? group.find((s) => s.field === 'key')?.rule ?? '?'}`);
      continue;
    }
    const post = result.posts[index++];
    if (!post) break;
    lines.push(`  #${index} card`, ...stepLines([head], '      '));
    lines.push(`     key: ${show(post.key)}`, ...stepLines(group.filter((s) => s.field === 'key'), '      '));
    lines.push(`     author: ${authorText(post.author)}`, ...stepLines(group.filter((s) => s.field === 'author'), '      '));
  }
  if (groups.length === 0 && result.posts.length > 0) lines.push(...stepLines(candidates.filter((s) => s.ok), '  '));
  return `${lines.join('\n')}\n`;
}

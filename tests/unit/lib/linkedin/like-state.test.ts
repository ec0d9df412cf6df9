import { describe, expect, it } from 'vitest';
import { likeChange, likeSignal, statedLikeState, type LikeSignal } from '@/lib/linkedin/like-state';
import { likeTargetOf, postCommentButton, postLikeButton, postRepostButton } from '@/lib/linkedin/interactions';
import { findPostRoots } from '@/lib/linkedin/parse-post';
import { card, feed2026, likeLook, type UiLanguage } from '../../../fixtures/linkedin/cards-2026';
import { hasRealPages, real, synthetic } from './fixtures';

const signal = (html: string): LikeSignal => likeSignal(new DOMParser().parseFromString(html, 'text/html').querySelector('button')!);
const v4 = (language: UiLanguage, look: 'none' | 'liked') => {
  const { label, icon } = likeLook(language, look);
  return signal(`<button aria-label="${label}"><svg id="${icon}"></svg>Like</button>`);
};

describe('the Like state, read in any UI language', () => {
  it('states it outright through aria-pressed (2022–25) or a V4 label in a known language', () => {
    expect(statedLikeState(signal('<button aria-pressed="true" aria-label="Unreact Insightful"></button>'))).toBe('reacted');
    expect(statedLikeState(signal('<button aria-pressed="false" aria-label="React Like"></button>'))).toBe('none');
    expect(statedLikeState(v4('en', 'none'))).toBe('none');
    expect(statedLikeState(v4('en', 'liked'))).toBe('reacted');
    expect(statedLikeState(v4('pt', 'none'))).toBe('none');
    expect(statedLikeState(signal('<button aria-label="Situação do botão de reação: Parabéns"></button>'))).toBe('reacted');
    expect(statedLikeState(signal('<button aria-label="Reaction button state: Celebrate"></button>'))).toBe('reacted');
  });

  it('reads the wording third-party tools quote from live es, fr and pt UIs (secondary sources, 2025–26)', () => {
    expect(statedLikeState(signal('<button aria-label="Estado del botón de reacción: ninguna reacción"></button>'))).toBe('none');
    expect(statedLikeState(signal('<button aria-label="Estado del botón de reacción: Recomendar"></button>'))).toBe('reacted');
    // French puts a space, sometimes a no-break space, before the colon.
    expect(statedLikeState(signal('<button aria-label="État du bouton de réaction : aucune réaction"></button>'))).toBe('none');
    expect(statedLikeState(signal('<button aria-label="État du bouton de réaction\u00a0: J’aime"></button>'))).toBe('reacted');
    // Portuguese has been seen with two prefixes.
    expect(statedLikeState(signal('<button aria-label="Estado do botão de reação: nenhuma reação"></button>'))).toBe('none');
    expect(statedLikeState(signal('<button aria-label="Estado do botão de reação: Gostei"></button>'))).toBe('reacted');
    expect(statedLikeState(signal('<button aria-label="Situação do botão de reação: Gostei"></button>'))).toBe('reacted');
    // From 2026-09 a French post page carried aria-pressed and no state label: aria-pressed decides.
    expect(statedLikeState(signal('<button aria-pressed="false" aria-label="Réagir avec “J’aime”">J’aime</button>'))).toBe('none');
    expect(likeChange(signal('<button aria-pressed="false" aria-label="Réagir avec “J’aime”">J’aime</button>'), signal('<button aria-pressed="true" aria-label="Réagir avec “J’aime”">J’aime</button>'))).toBe('reacted');
  });

  it('says nothing for a label in a language it does not know (never guesses “reacted”)', () => {
    expect(statedLikeState(v4('ja', 'none'))).toBeNull();
    expect(statedLikeState(v4('de', 'liked'))).toBeNull();
    expect(statedLikeState(signal('<button><svg id="thumbs-up-outline-small"></svg></button>'))).toBeNull();
  });

  it.each(['en', 'pt', 'de', 'ja'] as const)('tells liking from taking it back by the button’s change (%s UI)', (language) => {
    expect(likeChange(v4(language, 'none'), v4(language, 'liked'))).toBe('reacted');
    expect(likeChange(v4(language, 'liked'), v4(language, 'none'))).toBe('unreacted');
    expect(likeChange(v4(language, 'none'), v4(language, 'none'))).toBeNull();
  });

  it('reads a change of label alone from a known state, and refuses an unreadable one', () => {
    const unknownBefore = signal('<button aria-label="リアクションボタンの状態: リアクションなし"><svg id="thumbs-up-outline-small"></svg></button>');
    const labelOnly = signal('<button aria-label="リアクションボタンの状態: いいね"><svg id="thumbs-up-outline-small"></svg></button>');
    expect(likeChange(unknownBefore, labelOnly)).toBeNull(); // an icon that stays the same proves nothing in an unknown language
    expect(likeChange(v4('en', 'none'), signal('<button aria-label="Reaction button state: Like"><svg id="thumbs-up-outline-small"></svg></button>'))).toBe('reacted');
    expect(likeChange(v4('en', 'none'), signal('<button aria-label="Reaction button state: no reaction"><svg id="thumbs-up-outline-small"></svg><span>Like</span></button>'))).toBeNull();
    expect(likeChange(signal('<button aria-pressed="false"></button>'), signal('<button aria-pressed="true"></button>'))).toBe('reacted');
  });

  it('never concludes from a button that is emptied while LinkedIn re-renders it', () => {
    expect(likeChange(v4('ja', 'none'), signal('<button aria-label="リアクションボタンの状態: リアクションなし"></button>'))).toBeNull();
  });
});

describe('a post’s own controls', () => {
  it('are found by icon and structure on synthetic 2026 cards in every language, in both states', () => {
    for (const language of ['en', 'pt', 'de', 'ja'] as const) {
      for (const like of ['none', 'liked'] as const) {
        const doc = new DOMParser().parseFromString(feed2026([card({ token: 'AAA', author: { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' }, language, like })]), 'text/html');
        const [post] = findPostRoots(doc);
        const button = postLikeButton(post!)!;
        expect(button.getAttribute('componentkey')).toBe('AAA-like');
        expect(postRepostButton(post!)?.getAttribute('componentkey')).toBe('AAA-repost');
        expect(postCommentButton(post!)?.getAttribute('componentkey')).toBe('AAA-comment');
        expect(likeTargetOf(button.querySelector('svg')!)?.like).toBe(button);
        expect(likeTargetOf(post!.querySelector('[data-testid="expandable-text-box"]')!)).toBeNull();
      }
    }
  });

  it('on the synthetic 2022–25 feed, the card’s own Like (not a reposted original’s)', () => {
    const doc = synthetic('feed.v3.html');
    const post = doc.querySelector('[data-id="urn:li:activity:7100000000000000001"]')!;
    expect(postLikeButton(post)?.matches('button.react-button__trigger')).toBe(true);
    expect(statedLikeState(likeSignal(postLikeButton(post)!))).toBe('none');
  });

  it.skipIf(!hasRealPages)('on every real 2026 feed post (2026-03): the action bar’s Like, not a highlighted comment’s, read as not liked', () => {
    for (const path of ['feed/HITMAN5050__Linkedin-bot__debug_feed.html', 'feed/sravanpusuluri02__portfolio__Feed _ LinkedIn.html']) {
      const doc = real(path);
      const read = findPostRoots(doc)
        .map((post) => postLikeButton(post))
        .filter((like) => like !== null)
        .map((like) => `${like.tagName} ${like.querySelector('svg')?.id} ${statedLikeState(likeSignal(like))}`);
      // 8 action bars on each page; one HITMAN post also shows a comment with its own Like (a div[role=button]).
      expect({ path, read }).toEqual({ path, read: Array(8).fill('BUTTON thumbs-up-outline-small none') });
    }
  });

  it.skipIf(!hasRealPages)('on every real 2026 profile activity card (2026-04): found by structure and read as not liked', () => {
    for (const path of ['profile/yennanliu__linkedin-skill__profile_snapshot.html', 'profile/yennanliu__linkedin-skill__tmp_profile_4.html']) {
      const doc = real(path);
      const read = [...doc.querySelectorAll('button[aria-expanded]:has(svg#chevron-up-small)')].map((trigger) => {
        const like = postLikeButton(trigger.parentElement!.parentElement!);
        return like ? `${like.tagName} ${like.querySelector('svg')?.id} ${statedLikeState(likeSignal(like))}` : 'missing';
      });
      expect({ path, read }).toEqual({ path, read: Array(10).fill('BUTTON thumbs-up-outline-small none') });
    }
  });

  it.skipIf(!hasRealPages)('on the real 2025 feed: the Ember Like with aria-pressed="false"', () => {
    const doc = real('feed/hrhv__ollama-reply__TASK.md.anatomy_linkedin.html');
    const [post] = findPostRoots(doc).filter((root) => postLikeButton(root));
    expect(statedLikeState(likeSignal(postLikeButton(post!)!))).toBe('none');
  });
});

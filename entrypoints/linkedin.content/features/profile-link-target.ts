import { defineFeature } from '@/lib/features/define-feature';
import { profileLinkAt } from '@/lib/linkedin/profile-link';
import { ask } from '../ask-background';
import { z } from 'zod/mini';

/**
 * Names the "Log touchpoint with <name>" context-menu item after the person
 * whose profile link is about to be right-clicked. `mousedown` (button 2)
 * comes before the menu is built, `contextmenu` covers the keyboard's menu key.
 */
export default defineFeature({
  id: 'profile-link-target',
  include: [() => true],
  init({ document }, signal) {
    let last: string | null = null;
    const onPointer = (event: Event) => {
      if (event.type === 'mousedown' && (event as MouseEvent).button !== 2) return;
      const link = event.target instanceof Element ? profileLinkAt(event.target) : null;
      if (!link) return;
      const key = `${link.profileUrl}\n${link.name}`;
      if (key === last) return;
      last = key;
      void ask({ type: 'profileLinkTargeted', ...link }, z.null()).catch(() => {
        last = null;
      });
    };
    document.addEventListener('mousedown', onPointer, { capture: true, signal });
    document.addEventListener('contextmenu', onPointer, { capture: true, signal });
  },
});

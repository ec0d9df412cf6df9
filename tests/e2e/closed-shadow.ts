import type { CDPSession, Page } from 'playwright-core';

/**
 * Rapport's in-page UI lives in closed shadow roots: page scripts, and
 * Playwright's locators (which run as page-side scripts), cannot reach into
 * them. Tests reach them the way only the browser's own tools can: through
 * the DevTools protocol, which lists closed roots (`DOM.getDocument` with
 * `pierce`), resolving them in an isolated world of the test's own (never the
 * page's). Clicks are real mouse input at the element's position, so they
 * are trusted, as the user's are.
 */
export interface InjectedElement {
  /**
   * The text the element shows, as the accessibility tree (a screen reader)
   * has it, generated content included (Rapport draws status and toast text
   * that way); null when the host or the element is absent.
   */
  textContent(): Promise<string | null>;
  /** How many elements match inside the host's closed root (0 without a host). */
  count(): Promise<number>;
  /** A real mouse click at the element's centre. */
  click(): Promise<void>;
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<{ cdp: CDPSession; world: () => Promise<number> }>>();

function session(page: Page) {
  let created = sessions.get(page);
  if (!created) {
    created = (async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      const world = async () => {
        const { frameTree } = await cdp.send('Page.getFrameTree');
        const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'rapport-test' });
        return executionContextId;
      };
      return { cdp, world };
    })();
    sessions.set(page, created);
  }
  return created;
}

/** The closed shadow root of the first `<hostTag>` on the page, as a handle in the test's isolated world. */
async function closedRoot(page: Page, hostTag: string): Promise<{ cdp: CDPSession; objectId: string } | null> {
  const { cdp, world } = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.shift()!;
    if (node.localName === hostTag) {
      const shadow = node.shadowRoots?.[0];
      if (!shadow) throw new Error(`<${hostTag}> has no shadow root`);
      if (shadow.shadowRootType !== 'closed') throw new Error(`<${hostTag}>'s shadow root is ${shadow.shadowRootType}, not closed`);
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId: await world() });
      return { cdp, objectId: object.objectId! };
    }
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : []));
  }
  return null;
}

async function callOnRoot<T>(page: Page, hostTag: string, fn: string, selector: string): Promise<T | null> {
  const found = await closedRoot(page, hostTag);
  if (!found) return null;
  const { result } = await found.cdp.send('Runtime.callFunctionOn', { objectId: found.objectId, functionDeclaration: fn, arguments: [{ value: selector }], returnByValue: true });
  return (result.value ?? null) as T | null;
}

/** The text of the element `selector` finds in the closed root: its static texts in the accessibility tree, joined. */
async function shownText(page: Page, hostTag: string, selector: string): Promise<string | null> {
  const found = await closedRoot(page, hostTag);
  if (!found) return null;
  const { cdp, objectId } = found;
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: 'function (s) { return this.querySelector(s); }', arguments: [{ value: selector }] });
  if (!result.objectId) return null;
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { backendNodeId: node.backendNodeId, role: 'StaticText' });
  return nodes
    .map((n) => String(n.name?.value ?? ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `selector` inside the closed shadow root of `<hostTag>` on `page`. */
export function injected(page: Page, hostTag: `rapport-${string}`, selector: string): InjectedElement {
  return {
    textContent: () => shownText(page, hostTag, selector),
    count: async () => (await callOnRoot<number>(page, hostTag, 'function (s) { return this.querySelectorAll(s).length; }', selector)) ?? 0,
    async click() {
      const box = await callOnRoot<{ x: number; y: number }>(
        page,
        hostTag,
        'function (s) { const e = this.querySelector(s); if (!e) return null; e.scrollIntoView({ block: "center" }); const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }',
        selector,
      );
      if (!box) throw new Error(`${selector} not found in <${hostTag}>`);
      await page.mouse.click(box.x, box.y);
    },
  };
}

/** The toast's text (null when none is shown). */
export const toastText = (page: Page): Promise<string | null> => injected(page, 'rapport-toast', '.toast').textContent();

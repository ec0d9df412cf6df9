import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * One content-script feature per file (refined-github style): the pages it
 * runs on, and what it does there. The feature manager calls `init` on every
 * navigation whose URL matches, with a signal that aborts at the next
 * navigation or when the extension is reloaded; features never read
 * `location`, poll, or write their own teardown beyond listening to `signal`.
 */
export interface FeatureContext {
  /** The URL this navigation is to (already the new one during an SPA navigation, before `location` follows). */
  url: URL;
  document: Document;
  /** WXT's context: `setTimeout` and listeners tied to the script's lifetime. */
  script: ContentScriptContext;
}

export interface Feature {
  /** The file name, without `.ts` (checked by tests/unit/meta/content-features.test.ts). */
  id: string;
  /** URL detectors from lib/linkedin/page-detect.ts; the feature runs when any matches. */
  include: ReadonlyArray<(url: URL) => boolean>;
  /** Detectors that veto `include`. */
  exclude?: ReadonlyArray<(url: URL) => boolean>;
  init(context: FeatureContext, signal: AbortSignal): void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}

/**
 * Where each recognised value came from, for the recognizer CLI's `--explain`.
 * Recognition takes an optional sink and calls `trace?.(…)` at each rule it
 * tries: the content script passes none, so a trace costs one undefined check.
 * `field` names the value ("name", "headline", "post.author"…); `ok` says
 * whether the rule produced it (true) or was tried and rejected (false); `rule`
 * says what was tried in words, naming the selector lists of
 * lib/linkedin/selectors.ts it used (so `--explain` can say which variant
 * matched `at`, the element the value was read from).
 */
export type Trace = (field: string, ok: boolean, rule: string, at?: Element | null) => void;

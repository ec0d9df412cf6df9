import {
  createKeyDoc,
  KEY_DOC_ID,
  keysOpen,
  masterFromRecoveryKey,
  newMasterKey,
  PBKDF2_ITERATIONS,
  recoveryKeyFor,
  syncKeys,
  unwrapMasterKey,
  verifyRecoveryKey,
  WrongPassphraseError,
  type KeyDoc,
  type SyncKeys,
} from '@/lib/sync/crypto';

/**
 * The sync account's key document on the server: opening it (a passphrase or
 * the recovery key), changing the passphrase, and checking before each run
 * that it is still the one this device joined. Changing the passphrase wraps
 * the same master key again (new salt, `gen` + 1): the data is not re-encrypted
 * and every device's working keys stay valid, but a device that joined under an
 * earlier wrapping stops syncing with a clear error until the new passphrase is
 * entered there, instead of going on as if nothing happened.
 */
export class PassphraseChangedError extends Error {
  constructor() {
    super('the sync passphrase was changed on another device');
    this.name = 'PassphraseChangedError';
  }
}

/** The part of a CouchDB database the key document needs. */
export interface KeyDocStore {
  get(id: string): Promise<unknown>;
  put(doc: object): Promise<unknown>;
}

export interface Secret {
  passphrase: string;
  recoveryKey?: string;
}

export interface OpenedAccount {
  keys: SyncKeys;
  /** The key document's generation this device now holds. */
  gen: number;
  /** Shown once, when the account was created here. */
  recoveryKey: string | null;
}

export const generationOf = (doc: KeyDoc): number => doc.gen ?? 0;

export async function readKeyDoc(remote: Pick<KeyDocStore, 'get'>): Promise<KeyDoc | null> {
  try {
    return (await remote.get(KEY_DOC_ID)) as KeyDoc;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

/** The master key from the passphrase or the recovery key; throws WrongPassphraseError. */
async function masterOf(doc: KeyDoc, secret: Secret): Promise<Uint8Array<ArrayBuffer>> {
  if (secret.recoveryKey) {
    const master = masterFromRecoveryKey(secret.recoveryKey);
    await verifyRecoveryKey(doc, master);
    return master;
  }
  return unwrapMasterKey(doc, secret.passphrase);
}

/** The same master key under a new passphrase, as the next generation; written over the current revision (a concurrent change fails with 409, nothing lost). */
async function rewrap(remote: KeyDocStore, doc: KeyDoc, master: Uint8Array<ArrayBuffer>, passphrase: string, iterations: number): Promise<number> {
  const gen = generationOf(doc) + 1;
  const next = { ...(await createKeyDoc(master, passphrase, iterations)), gen, _rev: doc._rev };
  await remote.put(next);
  return gen;
}

/**
 * Opens the account (creating it when the server has none). With the recovery
 * key and a passphrase, the passphrase becomes the new one (the lost one stops
 * working). Nothing is written before the secret has been checked.
 */
export async function openAccount(remote: KeyDocStore, secret: Secret, iterations = PBKDF2_ITERATIONS): Promise<OpenedAccount> {
  const doc = await readKeyDoc(remote);
  if (!doc) {
    if (!secret.passphrase) throw new WrongPassphraseError();
    const master = newMasterKey();
    await remote.put(await createKeyDoc(master, secret.passphrase, iterations));
    return { keys: await syncKeys(master), gen: 0, recoveryKey: recoveryKeyFor(master) };
  }
  const master = await masterOf(doc, secret);
  const gen = secret.recoveryKey && secret.passphrase ? await rewrap(remote, doc, master, secret.passphrase, iterations) : generationOf(doc);
  return { keys: await syncKeys(master), gen, recoveryKey: null };
}

/** A new passphrase, checked against the current one (or the recovery key) first. Returns the new generation. */
export async function changePassphrase(remote: KeyDocStore, secret: Secret, newPassphrase: string, iterations = PBKDF2_ITERATIONS): Promise<number> {
  if (!newPassphrase) throw new WrongPassphraseError();
  const doc = await readKeyDoc(remote);
  if (!doc) throw new WrongPassphraseError();
  return rewrap(remote, doc, await masterOf(doc, secret), newPassphrase, iterations);
}

/**
 * Before a run: the key document is still the one this device joined. A newer
 * wrapping of the same master key → PassphraseChangedError; another master key
 * (the account was made again) or none → WrongPassphraseError. Either way the
 * run stops before writing anything.
 */
export async function checkAccount(remote: Pick<KeyDocStore, 'get'>, keys: SyncKeys, gen: number): Promise<void> {
  const doc = await readKeyDoc(remote);
  if (!doc || !(await keysOpen(doc, keys))) throw new WrongPassphraseError();
  if (generationOf(doc) !== gen) throw new PassphraseChangedError();
}

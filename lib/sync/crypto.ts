import type { RecordState, SyncTable } from '@/lib/sync/record-state';

/**
 * End-to-end encryption of sync documents (WebCrypto only).
 *
 * - A random 256-bit master key encrypts everything. It is stored on the
 *   server only wrapped: AES-GCM under a key derived from the passphrase with
 *   PBKDF2-SHA-256 and a random salt (the key document, the one readable
 *   document). A wrong passphrase fails GCM's authentication when unwrapping,
 *   before anything is written.
 * - The recovery key is the master key itself, written as 52 letters and digits:
 *   it opens the data if the passphrase is lost.
 * - From the master key HKDF derives an AES-GCM key for record bodies and an
 *   HMAC key for document ids, so the server sees neither `in:` ids nor content.
 */
export const KEY_DOC_ID = 'rapport-keys';
export const PBKDF2_ITERATIONS = 600_000;
const TEXT = new TextEncoder();
const UNTEXT = new TextDecoder();

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase or recovery key');
    this.name = 'WrongPassphraseError';
  }
}

/** The server's key document: salt, iteration count and the wrapped master key. Nothing secret. */
export interface KeyDoc {
  _id: typeof KEY_DOC_ID;
  _rev?: string;
  v: 1;
  salt: string;
  iterations: number;
  wrapped: string;
  /** HMAC of a fixed text under the id key: tells a recovery key that opens this account from one that does not. */
  check: string;
  /** How many times the master key was wrapped again (a passphrase change, a recovery): devices that joined earlier must enter the new passphrase. Absent = 0. */
  gen?: number;
}

export interface SyncKeys {
  enc: CryptoKey;
  mac: CryptoKey;
}

/** An encrypted record as the server stores it. */
export interface EncryptedDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  /** base64 of iv ‖ AES-GCM ciphertext of the record's state. */
  p: string;
  v: 1;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const base64url = (bytes: Uint8Array) => toBase64(bytes).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

async function wrappingKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', TEXT.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

async function seal(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, aad: Uint8Array<ArrayBuffer>): Promise<string> {
  const iv = randomBytes(12);
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain));
  const out = new Uint8Array(iv.length + cipher.length);
  out.set(iv);
  out.set(cipher, iv.length);
  return toBase64(out);
}

async function open(key: CryptoKey, sealed: string, aad: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = fromBase64(sealed);
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12), additionalData: aad }, key, bytes.subarray(12)));
}

export function newMasterKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(32);
}

/** The key document for a new sync account: the master key wrapped by the passphrase. */
export async function createKeyDoc(master: Uint8Array<ArrayBuffer>, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<KeyDoc> {
  const salt = randomBytes(16);
  const wrapped = await seal(await wrappingKey(passphrase, salt, iterations), master, TEXT.encode(KEY_DOC_ID));
  return { _id: KEY_DOC_ID, v: 1, salt: toBase64(salt), iterations, wrapped, check: await keyCheck(await syncKeys(master)) };
}

/** The master key from the key document; throws WrongPassphraseError on a wrong passphrase. */
export async function unwrapMasterKey(doc: KeyDoc, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = await wrappingKey(passphrase, fromBase64(doc.salt), doc.iterations);
  try {
    return await open(key, doc.wrapped, TEXT.encode(KEY_DOC_ID));
  } catch {
    throw new WrongPassphraseError();
  }
}

const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I/L
const RECOVERY_RADIX = BigInt(RECOVERY_ALPHABET.length);
const RECOVERY_LENGTH = 52; // 31^52 > 2^256

/** The master key written for people: 13 groups of 4, dashes between. */
export function recoveryKeyFor(master: Uint8Array): string {
  let value = BigInt(`0x${[...master].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`);
  let chars = '';
  for (let i = 0; i < RECOVERY_LENGTH; i++) {
    chars = RECOVERY_ALPHABET[Number(value % RECOVERY_RADIX)]! + chars;
    value /= RECOVERY_RADIX;
  }
  return chars.match(/.{4}/g)!.join('-');
}

/** The master key from a recovery key (case, spaces and dashes ignored); throws WrongPassphraseError when malformed. */
export function masterFromRecoveryKey(text: string): Uint8Array<ArrayBuffer> {
  const chars = text.toUpperCase().replace(/[\s-]/g, '');
  if (chars.length !== RECOVERY_LENGTH) throw new WrongPassphraseError();
  let value = 0n;
  for (const char of chars) {
    const digit = RECOVERY_ALPHABET.indexOf(char);
    if (digit < 0) throw new WrongPassphraseError();
    value = value * RECOVERY_RADIX + BigInt(digit);
  }
  if (value >= 1n << 256n) throw new WrongPassphraseError();
  const hex = value.toString(16).padStart(64, '0');
  return new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));
}

/** Checks a recovery key against the key document: the master key it names must be the one wrapped there. */
export async function verifyRecoveryKey(doc: KeyDoc, master: Uint8Array<ArrayBuffer>): Promise<void> {
  if (!(await keysOpen(doc, await syncKeys(master)))) throw new WrongPassphraseError();
}

/** Whether working keys belong to the master key the key document wraps (its check verifies under their id key). */
export async function keysOpen(doc: KeyDoc, keys: SyncKeys): Promise<boolean> {
  return doc.v === 1 && crypto.subtle.verify('HMAC', keys.mac, fromBase64(doc.check), TEXT.encode('rapport-key-check'));
}

/** The working keys: non-extractable, so a stored copy cannot be read back out. */
export async function syncKeys(master: Uint8Array<ArrayBuffer>): Promise<SyncKeys> {
  const base = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveKey']);
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: TEXT.encode(info) });
  const enc = await crypto.subtle.deriveKey(hkdf('rapport-sync-enc-v1'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const mac = await crypto.subtle.deriveKey(hkdf('rapport-sync-id-v1'), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign', 'verify']);
  return { enc, mac };
}

async function keyCheck(keys: SyncKeys): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', keys.mac, TEXT.encode('rapport-key-check'))));
}

/** A record's document id: a keyed hash, the same on every device with the same key, meaningless without it. */
export async function docIdFor(keys: SyncKeys, table: SyncTable, id: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.mac, TEXT.encode(`${table}/${id}`)));
  return `r${base64url(mac)}`;
}

export async function encryptState(keys: SyncKeys, state: RecordState): Promise<EncryptedDoc> {
  const _id = await docIdFor(keys, state.t, state.id);
  return { _id, v: 1, p: await seal(keys.enc, TEXT.encode(JSON.stringify(state)), TEXT.encode(_id)) };
}

/** The state inside a document; throws when it was not encrypted with these keys or was moved to another id. */
export async function decryptState(keys: SyncKeys, doc: Pick<EncryptedDoc, '_id' | 'p'>): Promise<RecordState> {
  const plain = await open(keys.enc, doc.p, TEXT.encode(doc._id));
  const state = JSON.parse(UNTEXT.decode(plain)) as RecordState;
  if ((await docIdFor(keys, state.t, state.id)) !== doc._id) throw new Error('document id does not match its record');
  return state;
}

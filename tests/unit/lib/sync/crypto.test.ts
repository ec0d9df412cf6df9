import { describe, expect, it } from 'vitest';
import {
  createKeyDoc,
  decryptState,
  docIdFor,
  encryptState,
  masterFromRecoveryKey,
  newMasterKey,
  recoveryKeyFor,
  syncKeys,
  unwrapMasterKey,
  verifyRecoveryKey,
  WrongPassphraseError,
} from '@/lib/sync/crypto';
import type { RecordState } from '@/lib/sync/record-state';

const ITERATIONS = 1000; // the real count (600,000) is slow in tests; the code path is the same

const state: RecordState = {
  t: 'contacts',
  id: 'in:ada-example',
  f: { name: { v: 'Ada Example', c: '0000a.0000.dev' }, tags: { v: ['mentor'], c: '0000a.0000.dev' } },
};

describe('sync encryption', () => {
  it('round-trips a record, and a second device with the same passphrase reads it under the same id', async () => {
    const master = newMasterKey();
    const keyDoc = await createKeyDoc(master, 'correct horse', ITERATIONS);
    const deviceA = await syncKeys(master);
    const deviceB = await syncKeys(await unwrapMasterKey(keyDoc, 'correct horse'));
    const doc = await encryptState(deviceA, state);
    expect(doc._id).toBe(await docIdFor(deviceB, 'contacts', 'in:ada-example'));
    expect(await decryptState(deviceB, doc)).toEqual(state);
  });

  it('leaks no id, name or tag: the document is ciphertext under a keyed-hash id', async () => {
    const keys = await syncKeys(newMasterKey());
    const doc = await encryptState(keys, state);
    const text = JSON.stringify(doc);
    for (const secret of ['ada', 'Ada', 'in:', 'mentor', 'contacts']) expect(text).not.toContain(secret);
    expect(doc._id).toMatch(/^r[\w-]{43}$/);
    // Encrypting the same state twice gives different ciphertext (fresh IV), the same id.
    const again = await encryptState(keys, state);
    expect(again._id).toBe(doc._id);
    expect(again.p).not.toBe(doc.p);
  });

  it('detects a wrong passphrase before any key is used', async () => {
    const keyDoc = await createKeyDoc(newMasterKey(), 'correct horse', ITERATIONS);
    await expect(unwrapMasterKey(keyDoc, 'correct hors')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses a document encrypted with other keys, or moved to another id', async () => {
    const keys = await syncKeys(newMasterKey());
    const other = await syncKeys(newMasterKey());
    const doc = await encryptState(keys, state);
    await expect(decryptState(other, doc)).rejects.toThrow();
    const elsewhere = await docIdFor(keys, 'contacts', 'in:someone-else');
    await expect(decryptState(keys, { ...doc, _id: elsewhere })).rejects.toThrow();
  });

  it('gives a recovery key that opens the same data, and tells a wrong one apart', async () => {
    const master = newMasterKey();
    const keyDoc = await createKeyDoc(master, 'correct horse', ITERATIONS);
    const recovery = recoveryKeyFor(master);
    expect(recovery).toMatch(/^([A-Z2-9]{4}-){12}[A-Z2-9]{4}$/);
    const restored = masterFromRecoveryKey(recovery.toLowerCase().replaceAll('-', ' '));
    expect(restored).toEqual(master);
    await expect(verifyRecoveryKey(keyDoc, restored)).resolves.toBeUndefined();
    await expect(verifyRecoveryKey(keyDoc, masterFromRecoveryKey(recoveryKeyFor(newMasterKey())))).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(() => masterFromRecoveryKey('ABCD-EFGH')).toThrow(WrongPassphraseError);
    expect(() => masterFromRecoveryKey(recovery.replace(/^./, '0'))).toThrow(WrongPassphraseError);
  });
});

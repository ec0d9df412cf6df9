import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanup } from '@testing-library/react';
import { closeDb, getDb } from '@/lib/db/db';

beforeEach(async () => {
  fakeBrowser.reset();
  const db = getDb();
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  cleanup();
  closeDb();
});

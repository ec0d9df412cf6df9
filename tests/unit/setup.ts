import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanup } from '@testing-library/react';
import { closeDb, getDb } from '@/lib/db/db';
import { dismissPageToast } from '@/lib/stores/toast-store';
import { installFakeI18n } from './helpers/i18n';
import { installFakeMenusAndCommands } from './helpers/fake-menus';
import { installFakeToolbar } from './helpers/fake-toolbar';

beforeEach(async () => {
  fakeBrowser.reset();
  installFakeI18n();
  installFakeMenusAndCommands();
  installFakeToolbar();
  const db = getDb();
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  cleanup();
  dismissPageToast(); // the page's toast lives in a module: each test starts without one
  closeDb();
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { SYNC_DATA_COLLECTION, syncPermissionRequest } from '@/lib/sync/sync-settings';

type Manifest = Record<string, unknown>;
const manifestFor = (browser: 'chrome' | 'firefox', manifestVersion: 2 | 3) =>
  (config.manifest as (env: object) => Manifest)({ browser, manifestVersion, mode: 'production', command: 'build' });

const SYNC_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

describe('opt-in sync in the manifests', () => {
  it('Chrome (MV3): the sync server is an optional host permission, nothing at install', () => {
    const manifest = manifestFor('chrome', 3);
    expect(manifest.optional_host_permissions).toEqual(SYNC_ORIGINS);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });

  it('Firefox (MV2): the same origins as optional permissions, which MV2 has instead of optional_host_permissions', () => {
    const manifest = manifestFor('firefox', 2);
    expect(manifest.optional_permissions).toEqual(SYNC_ORIGINS);
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest.permissions).not.toEqual(expect.arrayContaining(['https://*/*']));
  });

  it('Firefox declares no data collection to use Rapport, and what opt-in sync sends as optional, the same list Settings ▸ Sync asks for', () => {
    const gecko = (manifestFor('firefox', 2).browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'], optional: [...SYNC_DATA_COLLECTION] });
    expect(syncPermissionRequest('https://couch.example.org/db', true)).toEqual({ origins: ['https://couch.example.org/*'], data_collection: [...SYNC_DATA_COLLECTION] });
    expect(syncPermissionRequest('https://couch.example.org/db', false)).toEqual({ origins: ['https://couch.example.org/*'] });
  });
});

/**
 * The permissions the manifest asks for, exactly: `storage`, plus `offscreen` in Chrome only
 * (the service worker has no Worker; README, Permissions), and host access to the four webmail
 * origins. A new permission fails here until it is justified in the README.
 */
import { describe, expect, it } from 'vitest';
import config, { GMAIL_MATCHES, OUTLOOK_MATCHES } from '@/wxt.config';

type ManifestOf = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;

function manifestFor(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  const manifest = config.manifest as unknown as ManifestOf;
  return manifest({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });
}

describe('manifest permissions', () => {
  it('Chrome: storage and offscreen, host access to the webmail origins only', () => {
    const manifest = manifestFor('chrome');
    expect(manifest.permissions).toEqual(['storage', 'offscreen']);
    expect(manifest.host_permissions).toEqual([...GMAIL_MATCHES, ...OUTLOOK_MATCHES]);
    expect(manifest).not.toHaveProperty('optional_permissions');
  });

  it('Firefox: storage only (its background page starts the workers itself)', () => {
    const manifest = manifestFor('firefox');
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toEqual([...GMAIL_MATCHES, ...OUTLOOK_MATCHES]);
  });
});

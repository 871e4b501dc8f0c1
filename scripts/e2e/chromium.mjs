// Debian's chromium through playwright-core (no browser download), headless, with everything that would
// reach the network off. Chromium writes 'Crash Reports' and dconf under $HOME even with a user data dir:
// they go into the profile folder.
import { chromium } from 'playwright-core';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export function launchChromium(profileDir, options = {}) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
    env: {
      ...process.env,
      HOME: path.join(profileDir, 'home'),
      XDG_CONFIG_HOME: path.join(profileDir, 'home/.config'),
      XDG_CACHE_HOME: path.join(profileDir, 'home/.cache'),
    },
    ...options,
  });
}

import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless, as the benchmarks and the Chromium tests drive it (nothing can be
 * downloaded here, so Playwright's own browsers are not an option). Quiet: no background
 * networking or component updates to add requests or CPU work to what is measured.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

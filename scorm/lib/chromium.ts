/**
 * Which Chromium the tests, the bench and the teacher kit's printing use, and with which switches: always
 * Debian's (never a downloaded browser), headless, with nothing of its own going out to the network.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * Debian's Chromium, the browser a learner has: what the bench measures and the teacher's kit prints with.
 * CHROMIUM_PATH may name another system-installed Chromium (never a downloaded one).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Debian's package chromium-headless-shell: the same Chromium's Blink, V8 and PDF printing, without the browser's own UI. */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
/**
 * The tests' Chromium: the headless shell where it is installed (what Playwright itself runs headless),
 * else Chromium. The shell starts no browser window per context and no WebUI, so the browser project
 * used about a fifth less CPU (321 → 263 core-s on 2 cores; docs/performance.md) with the same results.
 */
export const TEST_CHROMIUM = process.env.CHROMIUM_PATH || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);
export const hasChromium = existsSync(TEST_CHROMIUM);
export const inCI = process.env.CI === 'true';
export const MISSING_CHROMIUM = `Chromium is required in CI: apt-get install -y chromium-headless-shell (or chromium) (${TEST_CHROMIUM} is missing)`;

/**
 * The features Playwright switches off in Chromium to keep automated runs stable and quiet (its
 * chromiumSwitches: PaintHolding, HttpsUpgrades, OptimizationHints…), as of playwright-core 1.65.
 * Chromium honours only the last --disable-features on its command line (a second one replaces the first
 * whole), and Playwright puts its list before the caller's: a list of ours must carry these too.
 * tests/browser/chromium.test.ts reads the running browser's command line (chrome://version) and fails if
 * a name in Playwright's list is missing from the last one, as after an update that adds a name.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Each new browser context opens a window whose omnibox popup (a WebUI page of Chromium's own) is built
 * and run in a renderer of its own, even headless: about 0.2 s of CPU per context, which the tests (a
 * context per journey) and the bench's launch figures paid for on 2 cores.
 */
const OUR_DISABLED_FEATURES = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup'];

/** Debian's Chromium, headless, with nothing of its own going out to the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].join(',')}`,
];

/** Launches the tests' Chromium, or (the bench) `executablePath`, with CHROMIUM_ARGS. */
export async function launchChromium(executablePath = TEST_CHROMIUM): Promise<Browser> {
  // Loaded on first use: `npm run package` reads this file for the path, and launches only to print.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

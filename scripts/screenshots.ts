// `npm run screenshots`: builds, loads the extension into headless Chromium with synthetic demo
// data, and saves docs/screenshots/{popup,sidepanel,dashboard,options}.png for the README and the
// store listings. Nothing here reaches the network.
import { existsSync, mkdirSync } from 'node:fs';
import { launchExtension } from '../tests/e2e/harness';
import { demoBackup, DEMO_PROFILE } from '../tests/fixtures/demo-data';
import { profilePageV3 } from '../tests/fixtures/linkedin/profile-top-card.v3';

const OUT = 'docs/screenshots';

async function main() {
  mkdirSync(OUT, { recursive: true });
  const rapport = await launchExtension();
  try {
    const imported = await rapport.send({ type: 'importBackup', backup: demoBackup() });
    if (!imported.ok) throw new Error(`Could not load the demo data: ${imported.error?.message}`);
    rapport.serve(`/in/${DEMO_PROFILE.slug}/`, profilePageV3(DEMO_PROFILE));
    const { page: profile, tabId } = await rapport.openLinkedIn(`/in/${DEMO_PROFILE.slug}/`);

    const shoot = async (path: string, file: string, size: { width: number; height: number }, ready: string, fullPage = false) => {
      const page = await rapport.context.newPage();
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${rapport.extensionId}/${path}`);
      await page.getByText(ready, { exact: false }).first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/${file}`, fullPage });
      await page.close();
      console.log(`wrote ${OUT}/${file}`);
    };

    await shoot(`popup.html?tabId=${tabId}`, 'popup.png', { width: 380, height: 640 }, 'Ada Lovelace-Demo');
    await profile.bringToFront();
    await shoot('sidepanel.html', 'sidepanel.png', { width: 360, height: 900 }, 'Loves climbing');
    if (existsSync('.output/chrome-mv3/dashboard.html')) await shoot('dashboard.html', 'dashboard.png', { width: 1200, height: 1000 }, 'Nurture');
    await shoot('options.html', 'options.png', { width: 1000, height: 1100 }, 'Backup');
  } finally {
    await rapport.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

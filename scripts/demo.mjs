// `npm run demo`: starts the demo sites and Chromium with the built extension, walks every login flow like
// a user and prints the extension's quick audit of each. Headless (no DISPLAY) it also saves screenshots
// of the panel and the popup, in English and Korean, to demo-output/ and exits; with a display it leaves
// the browser open.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromiumWithExtension, openBridge } from '../demo/chromium.mjs';
import { LOGIN_FLOWS, browse, flowById, playwrightDriver, signIn, signOut } from '../demo/flows.mjs';
import { FLOWS, startDemo } from '../demo/server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, 'dist/chrome');
const OUTPUT = join(ROOT, 'demo-output');
const headless = !process.env.DISPLAY;

const SEVERITIES = ['high', 'medium', 'low', 'info'];

/** "issued → sent ×3 → rotated → cleared": runs of the same event collapsed. */
const timelineLine = (events) => {
  const runs = [];
  for (const { type } of events) {
    const last = runs.at(-1);
    if (last?.type === type) last.count += 1;
    else runs.push({ type, count: 1 });
  }
  return runs.map(({ type, count }) => (count > 1 ? `${type} ×${count}` : type)).join(' → ');
};

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

const summaryLine = ({ summary }) =>
  `grade ${summary.grade} (score ${summary.score}) · ${plural(summary.cookies, 'cookie')}: ${summary.sessionCookies} session, ` +
  `${summary.persistentCookies} persistent · findings ${SEVERITIES.map((s) => `${s} ${summary.findings[s]}`).join(', ')}`;

/** Findings of both reports, once each: attribute findings need the live cookie, trace findings the whole walk. */
const flowFindings = (live, final) => {
  const seen = new Set();
  return [...live.findings, ...final.findings].filter((f) => {
    const key = `${f.rule} ${f.cookie.name} ${f.cookie.domain}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const printAudit = (title, url, live, final) => {
  console.log(`\n── ${title}  ${url}`);
  console.log(`   Signed in:  ${summaryLine(live)}`);
  console.log(`   Signed out: ${summaryLine(final)}`);
  const top = flowFindings(live, final).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)).slice(0, 3);
  if (top.length > 0) console.log('   Top findings:');
  for (const f of top) console.log(`     • [${f.severity}] ${f.cookie.name}: ${f.message}`);
  for (const session of final.sessions) {
    console.log(`   Session ${session.cookie.name} (${session.architecture}): ${timelineLine(session.events)}`);
  }
};

/** Walks one flow in a new tab; returns the tab id and the reports signed in and after signing out. */
const walk = async (context, bridge, urls, flow) => {
  const page = await context.newPage();
  const driver = playwrightDriver(page);
  await signIn(driver, flow, urls);
  await browse(driver, flow);
  const tabId = await bridge.tabIdOf(urls[flow.id]);
  const live = await bridge.ask({ type: 'crumbtrail/report', tabId });
  await signOut(driver, flow);
  const final = await bridge.ask({ type: 'crumbtrail/report', tabId });
  return { page, tabId, live, final };
};

/** A signed-in good-flow tab, then the popup and the panel for it as screenshots. */
const screenshots = async (lang, urls) => {
  const chromium = await launchChromiumWithExtension({ extension: EXTENSION, lang, headless: true });
  try {
    const { context, extensionId } = chromium;
    const bridge = await openBridge(context, extensionId);
    const page = await context.newPage();
    const flow = flowById('good');
    await signIn(playwrightDriver(page), flow, urls);
    await browse(playwrightDriver(page), flow);
    const tabId = await bridge.tabIdOf(urls.good);
    const shots = [];
    for (const [surface, path, viewport, ready] of [
      ['popup', 'src/popup/popup.html', { width: 400, height: 480 }, 'html[data-paint-ms]'],
      ['panel', 'src/panel/panel.html', { width: 1280, height: 900 }, '.cookie-row'],
    ]) {
      const view = await context.newPage();
      await view.setViewportSize(viewport);
      await view.goto(`chrome-extension://${extensionId}/${path}?tabId=${tabId}`, { waitUntil: 'load' });
      await view.waitForSelector(ready, { state: 'attached', timeout: 15_000 });
      const file = join(OUTPUT, `${surface}-${lang}.png`);
      await view.screenshot({ path: file, fullPage: true });
      shots.push(file);
    }
    return shots;
  } finally {
    await chromium.close();
  }
};

const main = async () => {
  await import('./ensure-browsers.mjs');
  const demo = await startDemo();
  const chromium = await launchChromiumWithExtension({ extension: EXTENSION, headless });
  try {
    const { context, extensionId } = chromium;
    const bridge = await openBridge(context, extensionId);
    console.log(`Crumbtrail demo: sites on 127.0.0.1 (https ${demo.urls.httpsPort}, http ${demo.urls.httpPort}); index ${demo.urls.index}`);
    console.log(`Chromium ${headless ? 'headless' : 'with a window'}, extension ${extensionId}; user alice / wonderland.`);
    for (const flow of LOGIN_FLOWS) {
      const { title } = FLOWS.find((f) => f.id === flow.id);
      const { live, final } = await walk(context, bridge, demo.urls, flow);
      printAudit(title, demo.urls[flow.id], live, final);
    }
    console.log(`\ntracker.other.test received the leaky site's session id ${demo.trackerReceived.filter((r) => r.sid).length} time(s).`);

    if (headless) {
      mkdirSync(OUTPUT, { recursive: true });
      const files = [...(await screenshots('en', demo.urls)), ...(await screenshots('ko', demo.urls))];
      console.log(`\nScreenshots:\n${files.map((f) => `  ${f}`).join('\n')}`);
    } else {
      const index = await context.newPage();
      await index.goto(demo.urls.index);
      console.log('\nThe browser stays open: open DevTools (F12) on any demo tab and pick the Crumbtrail panel, or click the toolbar icon. Ctrl+C stops the demo.');
      await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        context.once('close', resolve);
      });
    }
  } finally {
    await chromium.close().catch(() => undefined);
    await demo.close();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`demo failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  },
);

// How a user walks each login flow, written once for the demo command and the e2e tests. A driver is the
// few page actions a flow needs (see flows.d.mts), so Playwright and Puppeteer pages can both walk them.
export const DEMO_USER = { username: 'alice', password: 'wonderland' };

/**
 * Per flow: where to start, the sign-in page, links to browse while signed in (clicked like a user), and
 * the sign-out button. `home` is the page the flow's tab shows first, the URL its recording is for.
 */
export const LOGIN_FLOWS = [
  { id: 'good', browse: ['a[href="/account/statements"]', 'a[href="/account"]'], signOut: 'form[action="/logout"] button' },
  { id: 'fixation', browse: ['a[href="/account/messages"]', 'a[href="/account"]'], signOut: 'form[action="/logout"] button' },
  { id: 'jwt', browse: ['a[href="/account/cart"]', 'a[href="/account"]'], signOut: 'form[action="/logout"] button' },
  { id: 'sticky', browse: ['a[href="/inbox/sent"]', 'a[href="/inbox"]'], signOut: 'form[action="/logout"] button' },
  { id: 'leaky', browse: ['a[href*="/account/trips"]', 'a[href*="/account;"]'], signOut: 'form[action*="/logout"] button' },
];

export const flowById = (id) => {
  const flow = LOGIN_FLOWS.find((f) => f.id === id);
  if (!flow) throw new Error(`no login flow ${id}`);
  return flow;
};

/** Opens the site, follows its "Sign in" link, fills the real form and submits it. */
export const signIn = async (driver, flow, urls) => {
  await driver.goto(urls[flow.id]);
  await driver.clickAndWait('a[href="/login"]');
  await driver.fill('input[name="username"]', DEMO_USER.username);
  await driver.fill('input[name="password"]', DEMO_USER.password);
  await driver.clickAndWait('button[type="submit"]');
};

export const browse = async (driver, flow) => {
  for (const link of flow.browse) await driver.clickAndWait(link);
};

export const signOut = async (driver, flow) => {
  await driver.clickAndWait(flow.signOut);
};

/** A driver over a Playwright page. */
export const playwrightDriver = (page) => ({
  goto: async (url) => {
    await page.goto(url, { waitUntil: 'load' });
  },
  fill: (selector, text) => page.fill(selector, text),
  clickAndWait: async (selector) => {
    await Promise.all([page.waitForEvent('load'), page.click(selector)]);
  },
  url: () => page.url(),
});

// Browser sessions of the demo users, and helpers that drive Camunda Tasklist and its forms
// (form-js) by the French texts that a user reads on the screen.
import path from 'node:path';

import puppeteer from 'puppeteer-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 860 };
// Height of the viewport for the screenshots of long forms, in CSS pixels.
const TALL_HEIGHT = 2400;

export const LANGUAGES = {
  fr: { accept: 'fr-FR,fr;q=0.9', locale: 'fr-FR' },
  en: { accept: 'en-US,en;q=0.9', locale: 'en-US' }
};

/** Launches Chromium with the language of a French or an English browser. */
export async function launchBrowser(language) {
  const { locale } = LANGUAGES[language];
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Chromium refuses to start as root with its sandbox, as in containers and CI.
    args: [ `--lang=${locale}`, '--no-first-run', '--disable-gpu',
      ...(process.getuid && process.getuid() === 0 ? [ '--no-sandbox' ] : []) ],
    env: { ...process.env, LANG: locale.replace('-', '_') + '.UTF-8', LANGUAGE: locale.replace('-', '_') }
  });
}

/**
 * Opens a private browser context for one user, logged in through the Tasklist login page, so that
 * the static pages (/suivi/, /passage/, ...) share the webapp session.
 */
export async function openSession(browser, baseUrl, language, userId, password = userId) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const { accept, locale } = LANGUAGES[language];
  await page.setViewport(VIEWPORT);
  await page.setExtraHTTPHeaders({ 'Accept-Language': accept });
  await page.emulateTimezone('Europe/Paris');
  // navigator.language is what Camunda's webapps read to choose their translation.
  await page.evaluateOnNewDocument(lang => {
    Object.defineProperty(navigator, 'language', { get: () => lang });
    Object.defineProperty(navigator, 'languages', { get: () => [ lang, lang.split('-')[0] ] });
  }, locale);
  const session = { context, page, baseUrl, userId, password, language };
  return session;
}

export async function login(session, app = 'tasklist') {
  const { page, baseUrl, userId, password } = session;
  await page.goto(`${baseUrl}/camunda/app/${app}/default/#/login`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('input[ng-model=username]');
  await page.click('input[ng-model=username]', { count: 3 });
  await page.type('input[ng-model=username]', userId);
  await page.click('input[ng-model=password]', { count: 3 });
  await page.type('input[ng-model=password]', password);
  await page.click('button[type=submit]');
  await page.waitForFunction(() => !document.querySelector('input[ng-model=password]'), { timeout: 20000 });
  await settle(page);
}

export async function closeSession(session) {
  await session.context.close();
}

/** Waits until the page has no request in flight and Angular has rendered. */
export async function settle(page, ms = 600) {
  try {
    await page.waitForNetworkIdle({ idleTime: 400, timeout: 15000 });
  } catch {
    // A long poll keeps the network busy: the delay below still lets the page render.
  }
  await new Promise(resolve => setTimeout(resolve, ms));
}

export async function goto(session, pathAndQuery) {
  await session.page.goto(session.baseUrl + pathAndQuery, { waitUntil: 'networkidle0' });
  await settle(session.page);
}

/**
 * Saves a screenshot of the page as docs/guides/images/<name>.png. With `selector`, the viewport is
 * made tall enough for the whole element (a form in a dialog or in Tasklist's task panel scrolls
 * inside the page), and the image is cut at the bottom of that element.
 */
export async function screenshot(session, imagesDir, name, selector) {
  const { page } = session;
  const file = path.join(imagesDir, `${name}.png`);
  // Moves the mouse off the page's content, so that no tooltip covers it.
  await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
  await page.evaluate(() => document.querySelectorAll('.tooltip').forEach(tooltip => tooltip.remove()));
  await settle(page, 300);
  if (selector) {
    await page.setViewport({ ...VIEWPORT, height: TALL_HEIGHT });
    await settle(page, 500);
    const element = await page.waitForSelector(selector);
    const box = await element.boundingBox();
    const bottom = Math.min(TALL_HEIGHT, Math.ceil(box.y + box.height + 16));
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.max(bottom, VIEWPORT.height) } });
    await page.setViewport(VIEWPORT);
    await settle(page, 300);
  } else {
    await page.screenshot({ path: file });
  }
  console.log(`  ${path.relative(process.cwd(), file)}`);
  return file;
}

/** Clicks the first visible element matching `selector` whose text contains `text`. */
export async function clickText(page, selector, text, timeout = 15000) {
  const handle = await page.waitForFunction((sel, wanted) => {
    return [ ...document.querySelectorAll(sel) ].find(element => element.offsetParent !== null
      && element.textContent.replace(/\s+/g, ' ').trim().includes(wanted));
  }, { timeout }, selector, text);
  await handle.asElement().click();
  await settle(page);
}

// form-js renders each field in a .fjs-form-field with its label in .fjs-form-field-label.
async function formField(page, label) {
  const handle = await page.waitForFunction(wanted => {
    return [ ...document.querySelectorAll('.fjs-form-field') ].find(field => {
      const own = field.querySelector('.fjs-form-field-label');
      return own && own.textContent.replace(/\s+/g, ' ').trim().startsWith(wanted);
    });
  }, { timeout: 15000 }, label);
  return handle.asElement();
}

export async function fillField(page, label, value) {
  const field = await formField(page, label);
  const input = await field.$('input, textarea');
  await input.click({ count: 3 });
  await input.type(String(value));
}

export async function chooseRadio(page, label, option) {
  const field = await formField(page, label);
  const choice = await field.evaluateHandle((element, wanted) => [ ...element.querySelectorAll('label') ]
    .find(candidate => candidate.textContent.trim() === wanted), option);
  if (!choice.asElement()) {
    throw new Error(`No option "${option}" in the field "${label}".`);
  }
  await choice.asElement().click();
}

export async function chooseSelect(page, label, option) {
  const field = await formField(page, label);
  const display = await field.$('.fjs-input-group, .fjs-select-display, input');
  await display.click();
  await clickText(page, '.fjs-dropdownlist-item', option);
}

export async function checkOption(page, label, option) {
  const field = await formField(page, label);
  const choice = await field.evaluateHandle((element, wanted) => [ ...element.querySelectorAll('label') ]
    .find(candidate => candidate.textContent.trim().includes(wanted)), option);
  await choice.asElement().click();
}

/** Opens a Tasklist filter by its name, then the first task of the list whose name contains `taskName`. */
export async function openTask(session, filterName, taskName) {
  const { page, baseUrl } = session;
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/`, { waitUntil: 'networkidle0' });
  await settle(page);
  await clickText(page, '.task-filter .name', filterName);
  await clickText(page, '.tasks-list li .names a, .tasks-list li h4, .tasks-list li', taskName, 60000);
  await settle(page, 1500);
}

/** Claims the open task when Tasklist proposes it. */
export async function claimIfNeeded(page) {
  const claimed = await page.evaluate(() => {
    const button = [ ...document.querySelectorAll('button, a') ]
      .find(element => element.offsetParent !== null && element.textContent.trim() === 'Revendiquer'
        || element.offsetParent !== null && element.textContent.trim() === 'Prendre en charge');
    if (button) {
      button.click();
      return true;
    }
    return false;
  });
  if (claimed) {
    await settle(page, 1500);
  }
}

/** Opens "Démarrer un processus" and the start form of a process by its name. */
export async function openStartForm(session, processName) {
  const { page, baseUrl } = session;
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/`, { waitUntil: 'networkidle0' });
  await settle(page);
  await clickText(page, 'a, button', 'Démarrer un processus');
  await clickText(page, '.modal ul.processes a', processName);
  await page.waitForSelector('.fjs-form-field', { timeout: 20000 });
  await settle(page, 1000);
}

/** Clicks the primary button of a form, such as "Terminer" or "Démarrer", and waits. */
export async function submit(page, buttonText) {
  await clickText(page, 'button', buttonText);
  await settle(page, 2500);
  const errors = await page.evaluate(() => [ ...document.querySelectorAll('.fjs-form-field-error, .notifications .alert-danger') ]
    .filter(element => element.offsetParent !== null && element.textContent.trim())
    .map(element => element.textContent.replace(/\s+/g, ' ').trim()));
  if (errors.length) {
    throw new Error(`"${buttonText}" failed: ${errors.join(' | ')}`);
  }
}

// Opens the pages of the walk-throughs with an English browser and lists the English words found on
// them, because every page of Proxima must stay French whatever the browser's language.
import { closeSession, goto, login, openSession, screenshot, settle } from '../lib/browser.mjs';

// Words that a translated Camunda webapp or a Proxima page would not show, left out those that
// French writes the same (Incidents, Description, Date). Whole words only.
const ENGLISH_WORDS = [
  'Tasks', 'Task', 'Filter', 'Filters', 'Claim', 'Complete', 'Start process', 'Sign out', 'Log out', 'Logout',
  'Search', 'Loading', 'Error', 'Save', 'Cancel', 'Add', 'Delete', 'Created', 'Due date', 'Follow-up',
  'Welcome', 'Processes', 'Process', 'Dashboard', 'Users', 'Groups', 'Authorizations',
  'Not found', 'Forbidden', 'Unauthorized', 'Close', 'Back', 'Refresh', 'Name', 'Status',
  'Priority', 'Assignee', 'Keyboard', 'Shortcuts', 'Powered by', 'Time', 'School', 'Ticket number'
];

const PAGES = [
  { user: 'correspondant', app: 'tasklist', paths: [ '/camunda/app/tasklist/default/', '/suivi/', '/inventaire/',
    '/reforme/', '/agenda/' ] },
  { user: 'technicien', app: 'tasklist', paths: [ '/camunda/app/tasklist/default/', '/passage/' ] },
  { user: 'planificateur', app: 'tasklist', paths: [ '/planification/', '/camunda/app/cockpit/default/' ] },
  { user: 'admin', app: 'cockpit', paths: [ '/camunda/app/cockpit/default/', '/camunda/app/admin/default/#/users' ] }
];

async function englishOn(page) {
  const text = await page.evaluate(() => document.body.innerText);
  return ENGLISH_WORDS.filter(word => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text));
}

/** Returns one line per page that shows English words. */
export async function englishCheck({ browser, baseUrl, imagesDir }) {
  const findings = [];
  for (const { user, app, paths } of PAGES) {
    const session = await openSession(browser, baseUrl, 'en', user);
    await login(session, app);
    for (const pagePath of paths) {
      await goto(session, pagePath);
      await settle(session.page, 1500);
      const words = await englishOn(session.page);
      if (words.length) {
        findings.push(`${user} ${pagePath}: ${words.join(', ')}`);
      }
    }
    if (user === 'correspondant') {
      await goto(session, '/camunda/app/tasklist/default/');
      await screenshot(session, imagesDir, 'anglais-01-tasklist');
      await goto(session, '/suivi/');
      await screenshot(session, imagesDir, 'anglais-02-suivi');
    }
    await closeSession(session);
  }
  return findings;
}

// The regional planner's walk-through: planning upload, rejected file, allocation overrun and its
// confirmation, a visit moved, the allocation, the calendars and the school calendar import.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  chooseRadio, claimIfNeeded, clickText, closeSession, fillField, goto, login, openSession, openTask, screenshot,
  settle, submit
} from '../lib/browser.mjs';

async function upload(session, file) {
  const { page } = session;
  await goto(session, '/planification/');
  const input = await page.waitForSelector('#file');
  await input.uploadFile(file);
  await clickText(page, 'button', 'Déposer le planning');
  await settle(page, 2000);
}

export async function walkPlanner({ browser, baseUrl, imagesDir, api, repositoryRoot }) {
  const examples = path.join(repositoryRoot, 'docs', 'examples');
  const session = await openSession(browser, baseUrl, 'fr', 'planificateur');
  const { page } = session;
  await login(session);

  await goto(session, '/planification/');
  await screenshot(session, imagesDir, 'planificateur-01-planification');

  await upload(session, path.join(examples, 'planning-2027-01.csv'));
  await screenshot(session, imagesDir, 'planificateur-02-planning-publie');

  await upload(session, path.join(examples, 'planning-2027-01.csv'));
  await screenshot(session, imagesDir, 'planificateur-03-planning-refuse');

  await upload(session, path.join(examples, 'planning-2027-03-over-allocation.csv'));
  await screenshot(session, imagesDir, 'planificateur-04-depassement');

  await openTask(session, 'Tâches de mes lycées', 'Confirmer le dépassement de dotation');
  await claimIfNeeded(page);
  await chooseRadio(page, 'Décision', 'Publier le planning malgré le dépassement');
  await fillField(page, 'Commentaire', 'Rattrapage des passages annulés en février.');
  await screenshot(session, imagesDir, 'planificateur-05-confirmer-depassement', '.fjs-form');
  await submit(page, 'Terminer');

  // Moves the first visit of January, which has no screen of its own, through the API.
  const plannings = await api('planificateur', 'GET', '/api/plannings');
  const january = plannings.find(planning => planning.month === '2027-01');
  if (january) {
    const detail = await api('planificateur', 'GET', `/api/plannings/${january.id}`);
    const first = detail.visits[0];
    await api('planificateur', 'PATCH', `/api/visits/${first.id}`, { date: '2027-01-06' });
    await goto(session, '/planification/');
    await clickText(page, '#planning-rows a', String(january.id));
    await screenshot(session, imagesDir, 'planificateur-06-planning-detail');
  }

  await goto(session, '/api/schools/0750654D/allocation?schoolYear=2026-2027');
  await screenshot(session, imagesDir, 'planificateur-07-dotation');

  await goto(session, '/agenda/');
  await screenshot(session, imagesDir, 'planificateur-08-agendas');

  const calendar = await readFile(path.join(repositoryRoot, 'src', 'main', 'resources', 'data',
    'calendrier-scolaire-zone-c.csv'));
  const form = new FormData();
  form.append('file', new Blob([ calendar ], { type: 'text/csv' }), 'calendrier-scolaire-zone-c.csv');
  const report = await api('planificateur', 'POST', '/api/calendar/import', form);
  console.log(`  calendrier scolaire : ${JSON.stringify(report).slice(0, 200)}`);

  await closeSession(session);
}

/** Creates the correspondant's calendar token on /agenda/ and shows the page. */
export async function walkAgenda({ browser, baseUrl, imagesDir }) {
  const session = await openSession(browser, baseUrl, 'fr', 'correspondant');
  await login(session);
  await goto(session, '/agenda/');
  await clickText(session.page, 'button', 'Créer un jeton');
  await screenshot(session, imagesDir, 'correspondant-15-agenda');
  await closeSession(session);
}

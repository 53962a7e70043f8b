// Takes the screenshots of the four French user guides (docs/guide-*.md) from the running
// application, in the system's headless Chromium, and saves them in docs/guides/images/:
//
//   npm ci && npm run screenshots
//
// Without PROXIMA_URL, the script starts Proxima itself (`mvn -o spring-boot:run`) on a free loopback
// port with a fresh data folder, and stops it at the end. With PROXIMA_URL, it uses that application,
// which must hold the demo data of a fresh start: the walk-throughs create tickets and visits.
//
// The walk-throughs run with a French browser. A last pass with an English browser opens the same
// pages and lists the English words it finds: the screens must stay French.
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { apiClient } from './lib/api.mjs';
import { startApplication, stopApplication } from './lib/app.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { englishCheck } from './walks/english.mjs';
import { walkAdministrator } from './walks/administrator.mjs';
import { walkCorrespondent, walkCorrespondentAfterVisit } from './walks/correspondent.mjs';
import { walkAgenda, walkPlanner } from './walks/planner.mjs';
import { publishNextVisit, startVisitNow, walkTechnician, walkTechnicianDisposal } from './walks/technician.mjs';

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const IMAGES_DIR = path.join(REPOSITORY_ROOT, 'docs', 'guides', 'images');

async function run(baseUrl) {
  await rm(IMAGES_DIR, { recursive: true, force: true });
  await mkdir(IMAGES_DIR, { recursive: true });
  const context = { baseUrl, imagesDir: IMAGES_DIR, api: apiClient(baseUrl), repositoryRoot: REPOSITORY_ROOT };

  const browser = await launchBrowser('fr');
  try {
    context.browser = browser;
    console.log('Correspondant: ticket, suivi, inventaire');
    await walkCorrespondent(context);
    console.log('Planificateur: passage du prochain jour ouvré');
    await publishNextVisit(context);
    console.log('Technicien: le passage');
    await startVisitNow(context);
    await walkTechnician(context);
    console.log('Correspondant: confirmation, activité du jour, réforme D3E');
    await walkCorrespondentAfterVisit(context);
    await walkAgenda(context);
    console.log('Technicien: vérification de la réforme D3E');
    await walkTechnicianDisposal(context);
    console.log('Planificateur: plannings, dotation, agendas');
    await walkPlanner(context);
    console.log('Administrateur: Cockpit et Admin');
    await walkAdministrator(context);
  } finally {
    await browser.close();
  }

  const englishBrowser = await launchBrowser('en');
  let englishFindings;
  try {
    console.log('Navigateur en anglais: les écrans restent en français ?');
    englishFindings = await englishCheck({ ...context, browser: englishBrowser });
  } finally {
    await englishBrowser.close();
  }

  const images = (await readdir(IMAGES_DIR)).filter(name => name.endsWith('.png'));
  console.log(`${images.length} images in ${path.relative(process.cwd(), IMAGES_DIR)}`);
  if (englishFindings.length) {
    console.log('English text on the pages of an English browser:');
    for (const finding of englishFindings) {
      console.log(`  ${finding}`);
    }
  }
}

const logFile = path.join(REPOSITORY_ROOT, 'target', 'guides-application.log');
let application;
try {
  let baseUrl = process.env.PROXIMA_URL;
  if (!baseUrl) {
    await mkdir(path.dirname(logFile), { recursive: true });
    application = await startApplication(REPOSITORY_ROOT, createWriteStream(logFile));
    baseUrl = application.url;
  }
  await run(baseUrl.replace(/\/$/, ''));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  if (application) {
    await stopApplication(application);
  }
}

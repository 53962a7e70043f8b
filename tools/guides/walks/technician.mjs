// The technician's walk-through: the visit's queue in Tasklist and on /passage/, a ticket worked, a
// request declared on site, the inventory, the preventive maintenance, the visit's closing, a
// warranty claim and the D3E checks.
import {
  chooseRadio, claimIfNeeded, clickText, closeSession, fillField, goto, login, openSession,
  openStartForm, openTask, screenshot, submit
} from '../lib/browser.mjs';
import { SCHOOL, fillTicketForm, givePriorities } from './correspondent.mjs';

const PARIS = 'Europe/Paris';

/** Returns the next working day of the lycées after today (Paris), from the calendar API. */
async function nextWorkingDay(api) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS }).format(new Date());
  const from = new Date(today + 'T12:00:00Z');
  from.setUTCDate(from.getUTCDate() + 1);
  const to = new Date(from);
  to.setUTCDate(to.getUTCDate() + 30);
  const iso = date => date.toISOString().slice(0, 10);
  const days = await api('planificateur', 'GET', `/api/calendar/working-days?from=${iso(from)}&to=${iso(to)}`);
  if (!days.length) {
    throw new Error(`No working day between ${iso(from)} and ${iso(to)} in the school calendar.`);
  }
  return days[0];
}

/**
 * Publishes a full-day visit of the technician to Henri-IV on the next working day, through the
 * planner's API, and shows the queue that waits for it.
 */
export async function publishNextVisit(context) {
  const { api, browser, baseUrl, imagesDir } = context;
  const date = await nextWorkingDay(api);
  // The demo already publishes morning visits of the technician to Henri-IV: the one of that day, if
  // any, becomes a full day; otherwise a full-day visit is published.
  const mine = await api('technicien', 'GET', '/api/visits/mine');
  const existing = mine.find(visit => visit.schoolUai === SCHOOL && visit.startsAt.startsWith(date));
  const result = existing
    ? await api('planificateur', 'PATCH', `/api/visits/${existing.id}`, { slot: 'journée' })
    : await api('planificateur', 'POST', '/api/visits', { date, uai: SCHOOL, technician: 'technicien', slot: 'journée' });
  context.visit = result.visit;
  console.log(`  passage n° ${result.visit.id} : ${result.visit.dateLabel}`);
  await new Promise(resolve => setTimeout(resolve, 3000));

  const session = await openSession(browser, baseUrl, 'fr', 'technicien');
  await login(session);
  await goto(session, '/passage/');
  await screenshot(session, imagesDir, 'technicien-01-passages-a-venir');
  await closeSession(session);

  await givePriorities(context);
}

/**
 * Starts the visit now instead of at its hour: as administrator, executes through /engine-rest the
 * timer jobs that wait for the visit's start, the visit's own first and then those of its tickets.
 * The real visit starts the same way when its timers fall due.
 */
export async function startVisitNow({ api, visit }) {
  // Paris is at UTC+01:00 or +02:00: the later of the two instants, plus a minute, takes in the
  // visit's start timer and the tickets' timers, but not the automatic closing hours later.
  const startsAt = Date.parse(`${visit.date}T${visit.start}:00+01:00`) + 60 * 1000;
  const jobs = await api('admin', 'GET', '/engine-rest/job?timers=true&maxResults=500');
  const due = jobs.filter(job => Date.parse(job.dueDate) <= startsAt);
  const ordered = [ ...due.filter(job => job.processDefinitionKey === 'visit'),
    ...due.filter(job => job.processDefinitionKey !== 'visit') ];
  for (const job of ordered) {
    await api('admin', 'POST', `/engine-rest/job/${job.id}/execute`);
  }
  await new Promise(resolve => setTimeout(resolve, 3000));
}

export async function walkTechnician(context) {
  const { browser, baseUrl, imagesDir, api, visit } = context;
  const session = await openSession(browser, baseUrl, 'fr', 'technicien');
  const { page } = session;
  await login(session);

  // NOTE: "File du passage en cours" lists the tasks due today, and this visit's tasks are due on its
  // day, so the walk uses "Mes tâches", which lists them in the same order.
  await openTask(session, 'Mes tâches', 'Recueillir les priorités du jour');
  await screenshot(session, imagesDir, 'technicien-02-file-du-passage', '.fjs-form');
  await chooseRadio(page, 'Priorités données par', 'Le correspondant informatique');
  await submit(page, 'Terminer');

  await goto(session, '/passage/');
  await screenshot(session, imagesDir, 'technicien-03-mes-passages');
  await clickText(page, '#today-rows a, #coming-rows a', 'journée');
  await screenshot(session, imagesDir, 'technicien-04-file-passage');

  // The printer, given first by the correspondant, then the workstation under warranty.
  await openTask(session, 'Mes tâches', 'Traiter le ticket');
  await claimIfNeeded(page);
  await fillField(page, 'Travaux réalisés', 'Rouleau du bac 2 nettoyé, bac recalé ; dix impressions recto verso sans bourrage.');
  await fillField(page, 'Temps passé (minutes)', '25');
  await chooseRadio(page, "Issue de l'intervention", 'Résolu');
  await screenshot(session, imagesDir, 'technicien-05-traiter-ticket', '.fjs-form');
  await submit(page, 'Terminer');

  await openTask(session, 'Mes tâches', 'Traiter le ticket');
  await claimIfNeeded(page);
  await screenshot(session, imagesDir, 'technicien-06-ticket-sous-garantie', '.fjs-form');
  await fillField(page, 'Travaux réalisés', "Alimentation défectueuse ; demande de garantie ouverte chez Dell, poste de prêt installé.");
  await fillField(page, 'Temps passé (minutes)', '40');
  await chooseRadio(page, "Issue de l'intervention", 'Résolu');
  await submit(page, 'Terminer');

  const tickets = await api('technicien', 'GET', '/api/tickets');
  const warrantyTicket = tickets.find(ticket => ticket.title.startsWith('Le poste H4-B12-01'));
  if (warrantyTicket) {
    await api('technicien', 'POST', `/api/tickets/${warrantyTicket.number}/warranty-claim`,
      { status: 'ouverte', comment: 'Dossier Dell 4471-22, alimentation à remplacer.' });
    await goto(session, `/suivi/#${warrantyTicket.number}`);
    await screenshot(session, imagesDir, 'technicien-07-garantie-suivi');
  }

  await openStartForm(session, 'Ticket de maintenance');
  await fillTicketForm(page, {
    school: 'HENRI IV', service: 'Vidéoprojecteurs', kind: 'Vidéoprojecteur posé ou mobile', usage: null,
    urgency: 'Moyenne : le travail est gêné', impact: 'Une salle ou un groupe de postes',
    title: 'Vidéoprojecteur de la salle C03 sans image', room: 'C03', equipment: '',
    description: 'Signalé oralement par un professeur pendant le passage.'
  });
  await screenshot(session, imagesDir, 'technicien-08-demande-sur-place', '.modal-dialog');
  await submit(page, 'Démarrer');

  await goto(session, '/inventaire/');
  await screenshot(session, imagesDir, 'technicien-09-inventaire');

  await openTask(session, 'Mes tâches', "Faire l'inventaire du parc");
  await fillField(page, "Temps passé sur l'inventaire (minutes)", '30');
  await fillField(page, 'Équipements inventoriés ou mis à jour', '12');
  await screenshot(session, imagesDir, 'technicien-10-inventaire-tache', '.fjs-form');
  await submit(page, 'Terminer');

  await openTask(session, 'Mes tâches', 'Réaliser la maintenance préventive');
  await chooseRadio(page, 'Filtres des vidéoprojecteurs dépoussiérés', 'Fait');
  await fillField(page, 'Nombre de vidéoprojecteurs', '4');
  await chooseRadio(page, 'Matériel vérifié', 'Fait');
  await fillField(page, "Nombre d'équipements", '35');
  await chooseRadio(page, "Déploiement de l'antivirus vérifié sur chaque poste", 'Fait');
  await fillField(page, 'Nombre de postes vérifiés', '35');
  await chooseRadio(page, 'Imprimantes entretenues', 'Sans objet');
  await fillField(page, 'Temps passé sur la maintenance préventive (minutes)', '45');
  await screenshot(session, imagesDir, 'technicien-11-maintenance-preventive', '.fjs-form');
  await submit(page, 'Terminer');

  await openTask(session, 'Mes tâches', 'Clore le passage');
  await screenshot(session, imagesDir, 'technicien-12-clore-passage', '.fjs-form');
  await submit(page, 'Terminer');
  await new Promise(resolve => setTimeout(resolve, 3000));
  await goto(session, '/passage/');
  await screenshot(session, imagesDir, 'technicien-13-passage-realise');

  await closeSession(session);
  console.log(`  passage n° ${visit.id} clos`);
}

/** Checks and stores the equipment of the correspondant's D3E proposal, as the technician. */
export async function walkTechnicianDisposal({ browser, baseUrl, imagesDir }) {
  const session = await openSession(browser, baseUrl, 'fr', 'technicien');
  const { page } = session;
  await login(session);
  await openTask(session, 'Tâches de mes lycées', 'Vérifier les équipements');
  await claimIfNeeded(page);
  await screenshot(session, imagesDir, 'technicien-14-reforme-verifier', '.fjs-form');
  await submit(page, 'Terminer');
  await openTask(session, 'Tâches de mes lycées', 'Entreposer les équipements');
  await claimIfNeeded(page);
  await fillField(page, 'Salle de stockage', 'Réserve du sous-sol');
  await screenshot(session, imagesDir, 'technicien-15-reforme-entreposer', '.fjs-form');
  await submit(page, 'Terminer');
  await closeSession(session);
}

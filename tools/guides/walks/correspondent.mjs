// The correspondant's walk-through: open a ticket, follow it on /suivi/, give the day's priorities,
// confirm a resolution, read the activité du jour and the inventory, propose a D3E disposal.
import {
  checkOption, chooseRadio, chooseSelect, claimIfNeeded, clickText, closeSession, fillField, goto, login,
  openSession, openStartForm, openTask, screenshot, settle, submit
} from '../lib/browser.mjs';

export const SCHOOL = '0750654D';

// The two tickets of the walk-through. The first one names an inventoried workstation under warranty.
export const TICKETS = [
  {
    service: 'Postes de travail fixes et portables', kind: 'Poste fixe', usage: 'Pédagogique',
    urgency: 'Haute : le travail est bloqué', impact: 'Un poste ou une personne',
    title: 'Le poste H4-B12-01 ne démarre plus',
    description: 'Le poste du professeur en salle B12 reste sur un écran noir depuis lundi.',
    room: 'B12', equipment: 'H4-0001'
  },
  {
    service: "Moyens d'impression", kind: 'Imprimante', usage: null,
    urgency: 'Moyenne : le travail est gêné', impact: 'Une salle ou un groupe de postes',
    title: "L'imprimante du CDI bourre à chaque impression",
    description: 'Le papier se coince dans le bac 2 à chaque impression recto verso.',
    room: 'CDI', equipment: ''
  }
];

export async function fillTicketForm(page, ticket) {
  if (ticket.school) {
    await chooseSelect(page, 'Lycée', ticket.school);
  }
  await chooseSelect(page, 'Service concerné', ticket.service);
  await chooseSelect(page, 'Type de matériel', ticket.kind);
  if (ticket.usage) {
    await chooseRadio(page, 'Usage du poste', ticket.usage);
  }
  await chooseRadio(page, 'Urgence', ticket.urgency);
  await chooseRadio(page, 'Impact', ticket.impact);
  await fillField(page, 'Titre', ticket.title);
  await fillField(page, 'Description', ticket.description);
  await fillField(page, 'Salle', ticket.room);
  if (ticket.equipment) {
    await fillField(page, 'Équipement concerné', ticket.equipment);
  }
}

export async function walkCorrespondent({ browser, baseUrl, imagesDir }) {
  const session = await openSession(browser, baseUrl, 'fr', 'correspondant');
  const { page } = session;

  await goto(session, '/camunda/app/tasklist/default/#/login');
  await page.type('input[ng-model=username]', 'correspondant');
  await screenshot(session, imagesDir, 'correspondant-01-connexion');
  await login(session);
  await screenshot(session, imagesDir, 'correspondant-02-tasklist');

  await openStartForm(session, 'Ticket de maintenance');
  await fillTicketForm(page, TICKETS[0]);
  await screenshot(session, imagesDir, 'correspondant-03-ouvrir-ticket', '.modal-dialog');
  await submit(page, 'Démarrer');

  await openStartForm(session, 'Ticket de maintenance');
  await fillTicketForm(page, TICKETS[1]);
  await submit(page, 'Démarrer');

  await goto(session, '/suivi/');
  await screenshot(session, imagesDir, 'correspondant-05-suivi');
  await clickText(page, '#ticket-rows a', '-0000');
  await screenshot(session, imagesDir, 'correspondant-06-suivi-ticket');

  await closeSession(session);
}

/** Gives the day's priorities as the correspondant, before the visit starts. */
export async function givePriorities({ browser, baseUrl, imagesDir }) {
  const session = await openSession(browser, baseUrl, 'fr', 'correspondant');
  const { page } = session;
  await login(session);
  await openTask(session, 'Tâches de mes lycées', 'Donner les priorités du jour');
  await claimIfNeeded(page);
  await chooseRadio(page, 'Priorités données par', 'Le correspondant informatique');
  const field = await page.waitForSelector('.fjs-form-field-taglist input');
  await field.click();
  await clickText(page, '.fjs-dropdownlist-item', 'imprimante');
  await fillField(page, 'Autres consignes du jour', "Commencer par l'imprimante du CDI : les élèves de terminale impriment leurs dossiers.");
  await screenshot(session, imagesDir, 'correspondant-07-priorites-du-jour', '.fjs-form');
  await submit(page, 'Terminer');
  await closeSession(session);
}

export async function walkCorrespondentAfterVisit({ browser, baseUrl, imagesDir }) {
  const session = await openSession(browser, baseUrl, 'fr', 'correspondant');
  const { page } = session;
  await login(session);

  await openTask(session, 'Mes tâches', 'Confirmer la résolution');
  await chooseRadio(page, 'Votre réponse', 'Le problème est résolu : je confirme');
  await chooseSelect(page, 'Satisfaction (facultatif)', '5 : très satisfait');
  await screenshot(session, imagesDir, 'correspondant-08-confirmer-resolution', '.fjs-form');
  await submit(page, 'Terminer');

  await openTask(session, 'Mes tâches', 'Confirmer la résolution');
  await chooseRadio(page, 'Votre réponse', 'Le problème persiste : je rouvre le ticket');
  await fillField(page, 'Motif de la réouverture', 'Le papier se coince toujours dans le bac 2.');
  await screenshot(session, imagesDir, 'correspondant-09-rouvrir', '.fjs-form');
  await submit(page, 'Terminer');

  await goto(session, '/suivi/');
  await screenshot(session, imagesDir, 'correspondant-10-activite-du-jour');

  await goto(session, '/inventaire/');
  await screenshot(session, imagesDir, 'correspondant-11-inventaire');

  await openStartForm(session, 'Réforme D3E');
  await checkOption(page, 'Équipements à réformer', 'H4-0004');
  await checkOption(page, 'Équipements à réformer', 'H4-0005');
  await fillField(page, 'Motif de la réforme', 'Postes de 2019 hors garantie, remplacés par la Région.');
  await screenshot(session, imagesDir, 'correspondant-12-proposer-reforme', '.modal-dialog');
  await submit(page, 'Démarrer');

  await goto(session, '/reforme/');
  await screenshot(session, imagesDir, 'correspondant-13-reformes');
  await clickText(page, '#disposal-rows a, #disposal-rows button', '');
  await settle(page);
  await screenshot(session, imagesDir, 'correspondant-14-reforme-detail');
  await closeSession(session);
}

// Technician's visit page: the user's visits from /api/visits/mine and, with ?visit=<id>, that
// visit's queue from /api/visits/<id>/queue, read with the Tasklist session cookie.
// Every value is inserted with textContent, so text from the API shows as typed, never as markup.
'use strict';

const PARIS = 'Europe/Paris';
const dayKey = new Intl.DateTimeFormat('fr-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: PARIS });
const timeOfDay = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: PARIS });

/** Base address of Tasklist. The engine name comes from the webapp's engine list once that request succeeds. */
let tasklistBase = '/camunda/app/tasklist/default/';

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function link(text, href) {
  const anchor = el('a', text);
  anchor.href = href;
  return anchor;
}

function showMessage(text) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.hidden = !text;
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return typeof problem.detail === 'string' ? problem.detail : '';
  } catch (error) {
    return '';
  }
}

async function fetchJson(url, notFoundMessage) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  } catch (error) {
    throw new Error('Le serveur ne répond pas : vérifiez la connexion au réseau, puis cliquez sur « Actualiser ».');
  }
  if (response.status === 401) {
    throw new Error('Votre session a expiré ou vous n\'êtes pas connecté : connectez-vous à Tasklist, puis rouvrez cette page.');
  }
  if (response.status === 404) {
    const detail = await problemDetail(response);
    throw new Error(notFoundMessage + (detail ? ' ' + detail : ''));
  }
  if (!response.ok) {
    throw new Error('Le serveur n\'a pas pu répondre (erreur ' + response.status + '). Réessayez dans un instant.');
  }
  return response.json();
}

/** Reads the engine name for the Tasklist links, and keeps "default" when the engine list cannot be read. */
async function findTasklistBase() {
  try {
    const response = await fetch('/camunda/api/engine/engine', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.ok) {
      const engines = await response.json();
      if (Array.isArray(engines) && engines.length && typeof engines[0].name === 'string') {
        tasklistBase = '/camunda/app/tasklist/' + encodeURIComponent(engines[0].name) + '/';
      }
    }
  } catch (error) {
    // The links keep the engine "default", which is the engine of a normal installation.
  }
  document.getElementById('tasklist-link').href = tasklistBase;
}

function taskUrl(taskId) {
  return tasklistBase + '#/?task=' + encodeURIComponent(taskId);
}

function showLoadedAt() {
  document.getElementById('loaded-at').textContent = 'Mis à jour à ' + timeOfDay.format(new Date()) + '.';
}

function visitRow(visit) {
  const row = el('tr');
  const visitCell = el('td');
  visitCell.append(link(visit.visit, '?visit=' + encodeURIComponent(visit.id)));
  row.append(visitCell, el('td', visit.schoolName + ' (' + visit.schoolUai + ')'), el('td', visit.status, 'status'));
  return row;
}

function fillVisits(rowsId, tableId, emptyId, visits) {
  document.getElementById(rowsId).replaceChildren(...visits.map(visitRow));
  document.getElementById(tableId).hidden = visits.length === 0;
  document.getElementById(emptyId).hidden = visits.length !== 0;
}

async function showList() {
  document.getElementById('queue-section').hidden = true;
  try {
    const visits = await fetchJson('/api/visits/mine', 'Passages introuvables.');
    const today = dayKey.format(new Date());
    // The API returns the visits from the server's today on. A visit of a day before the browser's
    // today appears only when the two clocks disagree, so it is listed with today's visits.
    const todays = visits.filter((visit) => dayKey.format(new Date(visit.startsAt)) <= today);
    const coming = visits.filter((visit) => dayKey.format(new Date(visit.startsAt)) > today);
    fillVisits('today-rows', 'today-table', 'today-empty', todays);
    fillVisits('coming-rows', 'coming-table', 'coming-empty', coming);
    showMessage('');
    showLoadedAt();
    document.getElementById('list-section').hidden = false;
  } catch (error) {
    document.getElementById('list-section').hidden = true;
    showMessage(error.message);
  }
}

function addField(list, label, value) {
  list.append(el('dt', label), el('dd', value));
}

function minutes(value) {
  return value + ' min';
}

function queueRow(item) {
  const row = el('tr');
  const ticketCell = el('td');
  if (item.ticketNumber) {
    ticketCell.append(link(item.ticketNumber, '/suivi/#' + encodeURIComponent(item.ticketNumber)));
  }
  const taskCell = el('td');
  const taskLink = link('Ouvrir dans Tasklist', taskUrl(item.taskId));
  taskLink.className = 'task-link';
  taskCell.append(taskLink);
  row.append(el('td', item.rank, 'rank'), el('td', item.kind, 'kind'), ticketCell, el('td', item.title, 'title'),
    el('td', item.reason, 'reason'), taskCell);
  return row;
}

async function schoolLabel(uai) {
  try {
    const school = await fetchJson('/api/schools/' + encodeURIComponent(uai), '');
    return school.name + ' (' + school.uai + ')';
  } catch (error) {
    return uai;
  }
}

async function showQueue(visitId) {
  document.getElementById('list-section').hidden = true;
  if (!/^\d{1,18}$/.test(visitId)) {
    document.getElementById('queue-section').hidden = true;
    showMessage('Le numéro de passage « ' + visitId + ' » n\'est pas valide : il doit être composé de chiffres.'
      + ' Ouvrez le passage depuis la liste de vos passages.');
    return;
  }
  try {
    const queue = await fetchJson('/api/visits/' + visitId + '/queue', 'Passage introuvable.');
    // The queue names the engine that contains its tasks: the Tasklist links must open that one.
    if (typeof queue.engineName === 'string' && queue.engineName) {
      tasklistBase = '/camunda/app/tasklist/' + encodeURIComponent(queue.engineName) + '/';
      document.getElementById('tasklist-link').href = tasklistBase;
    }
    const school = await schoolLabel(queue.schoolUai);
    document.getElementById('queue-title').textContent = 'Passage du ' + queue.visit;
    const fields = document.getElementById('queue-fields');
    fields.replaceChildren();
    addField(fields, 'Lycée', school);
    addField(fields, 'Technicien', queue.technicianName || queue.technicianId);
    addField(fields, 'Statut', queue.status);
    addField(fields, 'Temps restant', minutes(queue.minutesLeft));
    addField(fields, 'Durée du créneau', minutes(queue.slotMinutes));
    addField(fields, 'Temps déjà noté', minutes(queue.minutesRecorded));
    const summary = document.getElementById('time-summary');
    summary.textContent = queue.timeSummary;
    summary.classList.toggle('short', queue.minutesLeft <= 30);
    document.getElementById('queue-rows').replaceChildren(...queue.items.map(queueRow));
    document.getElementById('queue-table').hidden = queue.items.length === 0;
    document.getElementById('queue-empty').hidden = queue.items.length !== 0;
    showMessage('');
    showLoadedAt();
    document.getElementById('queue-section').hidden = false;
  } catch (error) {
    document.getElementById('queue-section').hidden = true;
    showMessage(error.message);
  }
}

function load() {
  const visitId = new URLSearchParams(window.location.search).get('visit');
  if (visitId === null) {
    return showList();
  }
  return showQueue(visitId.trim());
}

document.addEventListener('DOMContentLoaded', async () => {
  document.getElementById('refresh').addEventListener('click', load);
  await findTasklistBase();
  load();
});

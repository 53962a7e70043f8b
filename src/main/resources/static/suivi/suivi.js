// Follow-up page of the tickets: reads /api/tickets with the Tasklist session cookie.
// Every value is inserted with textContent, so ticket text shows as typed, never as markup.
'use strict';

const OPEN_STATUSES = ['NEW', 'WAITING_FOR_VISIT', 'IN_PROGRESS', 'WAITING_FOR_PART', 'RESOLVED', 'REOPENED'];
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
let tickets = [];

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

function showMessage(text) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.hidden = !text;
}

async function fetchJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  if (response.status === 401) {
    throw new Error('Votre session a expiré ou vous n\'êtes pas connecté : connectez-vous à Tasklist, puis rouvrez cette page.');
  }
  if (response.status === 404) {
    throw new Error('Ticket introuvable.');
  }
  if (!response.ok) {
    throw new Error('Le serveur n\'a pas pu répondre (erreur ' + response.status + '). Réessayez dans un instant.');
  }
  return response.json();
}

function formatDate(value) {
  return value ? dateTime.format(new Date(value)) : '';
}

// Formats a day sent as AAAA-MM-JJ as JJ/MM/AAAA, without going through a time zone.
function formatDay(value) {
  return value ? value.split('-').reverse().join('/') : '';
}

function renderList() {
  const status = document.getElementById('status-filter').value;
  const search = document.getElementById('search').value.trim().toLowerCase();
  const rows = document.getElementById('ticket-rows');
  rows.replaceChildren();
  const shown = tickets.filter((ticket) => {
    if (status === 'open' && !OPEN_STATUSES.includes(ticket.status)) {
      return false;
    }
    if (status && status !== 'open' && ticket.status !== status) {
      return false;
    }
    const text = (ticket.number + ' ' + ticket.title + ' ' + ticket.schoolName + ' ' + ticket.schoolUai).toLowerCase();
    return !search || text.includes(search);
  });
  for (const ticket of shown) {
    const row = el('tr');
    const numberCell = el('td');
    const link = el('a', ticket.number);
    link.href = '#' + encodeURIComponent(ticket.number);
    numberCell.append(link);
    row.append(numberCell, el('td', ticket.title), el('td', ticket.schoolName + ' (' + ticket.schoolUai + ')'),
      el('td', ticket.priorityLabel), el('td', ticket.statusLabel, 'status'), el('td', formatDate(ticket.openedAt)),
      el('td', formatDate(ticket.updatedAt)));
    rows.append(row);
  }
  document.getElementById('list-caption').textContent =
    shown.length + ' ticket' + (shown.length > 1 ? 's' : '') + ' sur ' + tickets.length;
}

async function showList() {
  document.getElementById('detail-section').hidden = true;
  try {
    tickets = await fetchJson('/api/tickets');
    showMessage(tickets.length ? '' : 'Aucun ticket pour vos lycées pour l\'instant.');
    document.getElementById('list-section').hidden = false;
    renderList();
  } catch (error) {
    showMessage(error.message);
  }
}

function addField(list, label, value) {
  if (value === undefined || value === null || value === '') {
    return;
  }
  list.append(el('dt', label), el('dd', value));
}

async function showDetail(number) {
  document.getElementById('list-section').hidden = true;
  try {
    const ticket = await fetchJson('/api/tickets/' + encodeURIComponent(number));
    showMessage('');
    const summary = ticket.summary;
    document.getElementById('detail-title').textContent = 'Ticket ' + summary.number + ' : ' + summary.title;
    const fields = document.getElementById('detail-fields');
    fields.replaceChildren();
    addField(fields, 'Statut', summary.statusLabel);
    addField(fields, 'Lycée', summary.schoolName + ' (' + summary.schoolUai + ')');
    addField(fields, 'Demandeur', ticket.requester);
    addField(fields, 'Ouvert le', formatDate(summary.openedAt));
    addField(fields, 'Clos le', formatDate(ticket.closedAt));
    addField(fields, 'Priorité', summary.priorityLabel);
    addField(fields, 'Service concerné', ticket.service);
    addField(fields, 'Type de matériel', ticket.equipmentKind);
    addField(fields, 'Usage du poste', ticket.usage);
    addField(fields, 'Urgence', ticket.urgency);
    addField(fields, 'Impact', ticket.impact);
    addField(fields, 'Salle', ticket.room);
    addField(fields, 'Étiquette du matériel', ticket.equipmentLabel);
    addField(fields, 'Équipement concerné', ticket.equipment);
    if (ticket.warrantyClaim) {
      const claim = ticket.warrantyClaim;
      const steps = ['ouverte le ' + formatDay(claim.openedOn)];
      if (claim.sentOn) {
        steps.push('envoyée le ' + formatDay(claim.sentOn));
      }
      if (claim.returnedOn) {
        steps.push('revenue le ' + formatDay(claim.returnedOn));
      }
      addField(fields, 'Demande de garantie', claim.statusLabel + ' (' + steps.join(', ') + ')'
        + (claim.comment ? ' : ' + claim.comment : ''));
    }
    addField(fields, 'Périmètre', ticket.scopeReason);
    addField(fields, 'Temps passé', ticket.minutesSpent + ' min');
    addField(fields, 'Description', ticket.description);
    const rows = document.getElementById('history-rows');
    rows.replaceChildren();
    for (const entry of ticket.history) {
      const row = el('tr');
      row.append(el('td', formatDate(entry.at)), el('td', entry.author), el('td', entry.typeLabel),
        el('td', entry.message, 'message'), el('td', entry.minutesSpent === null ? '' : entry.minutesSpent + ' min'),
        el('td', entry.statusLabel));
      rows.append(row);
    }
    document.getElementById('detail-section').hidden = false;
  } catch (error) {
    showMessage(error.message);
  }
}

function route() {
  const number = decodeURIComponent(window.location.hash.slice(1));
  if (number) {
    showDetail(number);
  } else {
    showList();
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('status-filter').addEventListener('change', renderList);
  document.getElementById('search').addEventListener('input', renderList);
  document.getElementById('back-to-list').addEventListener('click', (event) => {
    event.preventDefault();
    window.location.hash = '';
  });
  window.addEventListener('hashchange', route);
  route();
});

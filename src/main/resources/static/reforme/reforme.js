// Page of a lycée's D3E disposals: reads /api/schools and /api/schools/{uai}/disposals with the
// Tasklist session cookie. Every value is inserted with textContent, so text shows as typed.
'use strict';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

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
    throw new Error('Lycée ou réforme introuvable.');
  }
  if (!response.ok) {
    throw new Error('Le serveur n\'a pas pu répondre (erreur ' + response.status + '). Réessayez dans un instant.');
  }
  return response.json();
}

function formatDate(value) {
  return value ? dateTime.format(new Date(value)) : '';
}

function pdfLink(disposal) {
  if (!disposal.recordUrl) {
    return el('span', 'pas encore établi');
  }
  const link = el('a', 'PDF');
  link.href = disposal.recordUrl;
  link.target = '_blank';
  link.rel = 'noopener';
  return link;
}

async function showSchool(uai) {
  document.getElementById('detail-section').hidden = true;
  const disposals = await fetchJson('/api/schools/' + encodeURIComponent(uai) + '/disposals');
  const rows = document.getElementById('disposal-rows');
  rows.replaceChildren();
  for (const disposal of disposals) {
    const row = el('tr');
    const referenceCell = el('td');
    const link = el('a', disposal.reference);
    link.href = '#' + encodeURIComponent(uai) + '/' + disposal.id;
    referenceCell.append(link);
    const pdfCell = el('td');
    pdfCell.append(pdfLink(disposal));
    row.append(referenceCell, el('td', disposal.statusLabel, 'status'), el('td', disposal.itemCount),
      el('td', disposal.proposer), el('td', formatDate(disposal.proposedAt)), el('td', formatDate(disposal.updatedAt)),
      pdfCell);
    rows.append(row);
  }
  document.getElementById('list-caption').textContent = disposals.length
    ? disposals.length + ' réforme' + (disposals.length > 1 ? 's' : '') + ' pour ce lycée'
    : 'Aucune réforme pour ce lycée pour l\'instant.';
}

function field(list, label, value) {
  if (value === null || value === undefined || value === '') {
    return;
  }
  list.append(el('dt', label), el('dd', value));
}

async function showDisposal(id) {
  const detail = await fetchJson('/api/disposals/' + encodeURIComponent(id));
  const summary = detail.summary;
  document.getElementById('detail-title').textContent = 'Réforme ' + summary.reference + ' – ' + summary.schoolName;
  const fields = document.getElementById('detail-fields');
  fields.replaceChildren();
  field(fields, 'Statut', summary.statusLabel);
  field(fields, 'Proposée', formatDate(summary.proposedAt) + ' par ' + summary.proposer);
  field(fields, 'Motif', detail.reason);
  field(fields, 'Vérifiée', detail.checkedAt && formatDate(detail.checkedAt) + ' par ' + detail.checkedBy);
  field(fields, 'Entreposée', detail.storedAt && formatDate(detail.storedAt) + ' par ' + detail.storedBy + ', salle ' + detail.storageRoom);
  field(fields, 'Décision', detail.decidedAt && formatDate(detail.decidedAt) + ' par ' + detail.decidedBy);
  field(fields, 'Motif du refus', detail.refusalReason);
  field(fields, 'Enlèvement', detail.pickupDate && day.format(new Date(detail.pickupDate)) + ' par ' + detail.collectorName
    + ' (référence ' + detail.pickupReference + ')');
  const pdf = el('dd');
  pdf.append(pdfLink(summary));
  fields.append(el('dt', 'Bordereau'), pdf);

  const rows = document.getElementById('item-rows');
  rows.replaceChildren();
  for (const item of detail.items) {
    const row = el('tr', null, item.withdrawn ? 'withdrawn' : null);
    const makeAndModel = [item.make, item.model].filter(Boolean).join(' ');
    row.append(el('td', item.position), el('td', item.kind), el('td', item.labelNumber), el('td', item.hostName),
      el('td', item.serialNumber), el('td', makeAndModel), el('td', item.room),
      el('td', item.withdrawn ? 'retiré : ' + item.withdrawalReason : ''));
    rows.append(row);
  }
  document.getElementById('detail-section').hidden = false;
}

async function route() {
  const [uai, id] = decodeURIComponent(location.hash.slice(1)).split('/');
  const select = document.getElementById('school');
  if (uai && select.value !== uai && [...select.options].some((option) => option.value === uai)) {
    select.value = uai;
  }
  try {
    await showSchool(select.value);
    if (id) {
      await showDisposal(id);
    }
  } catch (error) {
    showMessage(error.message);
  }
}

async function start() {
  try {
    const schools = await fetchJson('/api/schools');
    if (!schools.length) {
      showMessage('Aucun lycée ne vous est rattaché : demandez à l\'administrateur de vous ajouter au groupe de votre lycée.');
      return;
    }
    const select = document.getElementById('school');
    for (const school of schools) {
      const option = el('option', school.name + ' (' + school.uai + ')');
      option.value = school.uai;
      select.append(option);
    }
    select.addEventListener('change', () => { location.hash = encodeURIComponent(select.value); });
    window.addEventListener('hashchange', route);
    document.getElementById('list-section').hidden = false;
    await route();
  } catch (error) {
    showMessage(error.message);
  }
}

start();

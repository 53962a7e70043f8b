// Planning page for planners: uploads a month's CSV file to /api/plannings, shows its errors with
// their line numbers or its warnings, and lists the plannings and their visits. It uses the
// Tasklist session cookie. Every value is inserted with textContent, so file and user text shows
// as typed, never as markup.
'use strict';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

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

function formatDate(value) {
  return value ? dateTime.format(new Date(value)) : '';
}

/** Turns an error response into a French message, from its problem detail when it has one. */
async function problemMessage(response) {
  if (response.status === 401) {
    return 'Votre session a expiré ou vous n\'êtes pas connecté : connectez-vous à Tasklist, puis rouvrez cette page.';
  }
  try {
    const problem = await response.json();
    if (problem && problem.detail) {
      return problem.detail;
    }
  } catch (ignored) {
    // Not JSON: the generic message below applies.
  }
  return 'Le serveur n\'a pas pu répondre (erreur ' + response.status + '). Réessayez dans un instant.';
}

async function fetchJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  if (!response.ok) {
    throw new Error(await problemMessage(response));
  }
  return response.json();
}

function statusSentence(planning) {
  if (planning.status === 'PUBLISHED') {
    return 'Le planning n° ' + planning.id + ' de ' + planning.monthLabel + ' est publié : ses ' + planning.visitCount
      + ' passages sont envoyés par mail aux correspondants de chaque lycée.';
  }
  if (planning.status === 'AWAITING_CONFIRMATION') {
    return 'Le planning n° ' + planning.id + ' de ' + planning.monthLabel + ' dépasse la dotation horaire d\'au moins'
      + ' un lycée : il attend qu\'un planificateur le publie ou l\'abandonne dans Tasklist, tâche « Confirmer le'
      + ' dépassement de dotation ».';
  }
  return 'Le planning n° ' + planning.id + ' de ' + planning.monthLabel + ' est ' + planning.statusLabel + '.';
}

function showUploadResult(className, summary, items) {
  const result = document.getElementById('upload-result');
  result.className = className;
  document.getElementById('upload-summary').textContent = summary;
  const list = document.getElementById('upload-errors');
  list.replaceChildren(...items.map((item) => el('li', item)));
  result.hidden = false;
}

async function upload(event) {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) {
    showUploadResult('rejected', 'Choisissez le fichier CSV du planning.', []);
    return;
  }
  const body = new FormData();
  body.append('file', file);
  const month = document.getElementById('month').value;
  if (month) {
    body.append('month', month);
  }
  const button = document.getElementById('upload-button');
  button.disabled = true;
  try {
    const response = await fetch('/api/plannings', {
      method: 'POST', body, credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    if (response.status === 201) {
      const planning = await response.json();
      const warnings = planning.warnings.map((warning) => warning.message);
      showUploadResult(warnings.length ? 'warning' : 'published', statusSentence(planning), warnings);
      document.getElementById('upload-form').reset();
      await showList();
    } else if (response.status === 400) {
      const problem = await response.json();
      const errors = Array.isArray(problem.errors) ? problem.errors.map((error) => error.message) : [];
      const summary = errors.length
        ? 'Fichier refusé : rien n\'a été enregistré. Corrigez les erreurs suivantes, puis déposez de nouveau le fichier.'
        : problem.detail;
      showUploadResult('rejected', summary, errors);
    } else {
      showUploadResult('rejected', await problemMessage(response), []);
    }
  } catch (error) {
    showUploadResult('rejected', 'L\'envoi du fichier a échoué : vérifiez votre connexion, puis réessayez.', []);
  } finally {
    button.disabled = false;
  }
}

async function showList() {
  document.getElementById('detail-section').hidden = true;
  try {
    const plannings = await fetchJson('/api/plannings');
    showMessage('');
    const rows = document.getElementById('planning-rows');
    rows.replaceChildren();
    for (const planning of plannings) {
      const row = el('tr');
      const numberCell = el('td');
      const link = el('a', planning.id);
      link.href = '#' + planning.id;
      numberCell.append(link);
      row.append(numberCell, el('td', planning.monthLabel), el('td', planning.fileName),
        el('td', planning.uploadedByName), el('td', formatDate(planning.uploadedAt)),
        el('td', planning.statusLabel, 'status'), el('td', planning.visitCount), el('td', planning.warnings.length));
      rows.append(row);
    }
    document.getElementById('list-caption').textContent = plannings.length
      ? plannings.length + ' planning' + (plannings.length > 1 ? 's' : '') + ' déposé' + (plannings.length > 1 ? 's' : '')
      : 'Aucun planning déposé pour l\'instant.';
    document.getElementById('list-section').hidden = false;
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

async function showDetail(id) {
  document.getElementById('list-section').hidden = true;
  try {
    const planning = await fetchJson('/api/plannings/' + encodeURIComponent(id));
    showMessage('');
    document.getElementById('detail-title').textContent = 'Planning n° ' + planning.id + ' : ' + planning.monthLabel;
    const fields = document.getElementById('detail-fields');
    fields.replaceChildren();
    addField(fields, 'Statut', planning.statusLabel);
    addField(fields, 'Fichier', planning.fileName);
    addField(fields, 'Déposé par', planning.uploadedByName);
    addField(fields, 'Déposé le', formatDate(planning.uploadedAt));
    addField(fields, 'Décision', planning.decidedBy ? planning.decidedByName + ', le ' + formatDate(planning.decidedAt) : '');
    addField(fields, 'Commentaire', planning.decisionComment);
    addField(fields, 'Publié le', formatDate(planning.publishedAt));
    const warnings = document.getElementById('detail-warnings');
    warnings.replaceChildren(...planning.warnings.map((warning) => el('li', warning.message)));
    document.getElementById('detail-warnings-block').hidden = planning.warnings.length === 0;
    const rows = document.getElementById('visit-rows');
    rows.replaceChildren();
    for (const visit of planning.visits) {
      const row = el('tr');
      row.append(el('td', visit.dateLabel), el('td', visit.slotLabel), el('td', visit.start + '–' + visit.end),
        el('td', visit.schoolName + ' (' + visit.uai + ')'), el('td', visit.technicianName),
        el('td', visit.statusLabel, 'status'), el('td', visit.sourceLine));
      rows.append(row);
    }
    document.getElementById('detail-section').hidden = false;
  } catch (error) {
    showMessage(error.message);
  }
}

function route() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (id) {
    showDetail(id);
  } else {
    showList();
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('upload-form').addEventListener('submit', upload);
  document.getElementById('back-to-list').addEventListener('click', (event) => {
    event.preventDefault();
    window.location.hash = '';
  });
  window.addEventListener('hashchange', route);
  route();
});

// Inventory page: lists a lycée's equipment from /api/schools/{uai}/equipment with the Tasklist
// session cookie; technicians edit a line, read its history and import a CSV file.
// Every value is inserted with textContent, so equipment text shows as typed, never as markup.
'use strict';

const FIELDS = ['labelNumber', 'kind', 'fixedAtHeight', 'use', 'hostName', 'serialNumber', 'make', 'model', 'room',
  'warrantyEnd', 'status'];
const NEW_ITEM_DEFAULTS = { kind: 'DESKTOP', use: 'TEACHING', status: 'IN_SERVICE' };
const HEADERS = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

const state = { uai: null, canWrite: false, items: [], editing: null };

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
  } catch (notJson) {
    // The body is not a problem detail: fall back to the status below.
  }
  return 'Le serveur n\'a pas pu répondre (erreur ' + response.status + '). Réessayez dans un instant.';
}

async function fetchJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: HEADERS });
  if (!response.ok) {
    throw new Error(await problemMessage(response));
  }
  return response.json();
}

function formatDay(value) {
  return value ? value.split('-').reverse().join('/') : '';
}

function base() {
  return '/api/schools/' + encodeURIComponent(state.uai) + '/equipment';
}

function filterQuery() {
  const params = new URLSearchParams();
  const values = {
    kind: document.getElementById('kind-filter').value,
    status: document.getElementById('status-filter').value,
    use: document.getElementById('use-filter').value,
    room: document.getElementById('room-filter').value.trim(),
    search: document.getElementById('search').value.trim()
  };
  for (const [name, value] of Object.entries(values)) {
    if (value) {
      params.set(name, value);
    }
  }
  const query = params.toString();
  return query ? '?' + query : '';
}

async function loadSchools() {
  const schools = await fetchJson('/api/schools');
  if (!schools.length) {
    showMessage('Vous n\'avez accès à l\'inventaire d\'aucun lycée.');
    return false;
  }
  const select = document.getElementById('school');
  select.replaceChildren();
  for (const school of schools) {
    const option = el('option', school.name + ' (' + school.uai + ')');
    option.value = school.uai;
    select.append(option);
  }
  const wanted = (new URLSearchParams(window.location.search).get('uai') || '').toUpperCase();
  if (wanted && schools.some((school) => school.uai === wanted)) {
    select.value = wanted;
  } else if (wanted) {
    showMessage('Le lycée ' + wanted + ' ne fait pas partie de vos lycées : choisissez-en un dans la liste.');
  }
  document.getElementById('school-section').hidden = false;
  return true;
}

async function selectSchool() {
  state.uai = document.getElementById('school').value;
  const url = new URL(window.location.href);
  if (url.searchParams.get('uai') !== state.uai) {
    url.searchParams.delete('contexte');
  }
  url.searchParams.set('uai', state.uai);
  window.history.replaceState(null, '', url);
  closeEditor();
  closeHistory();
  try {
    const [permissions, workstations] = await Promise.all([
      fetchJson(base() + '/permissions'), fetchJson(base() + '/workstations')]);
    state.canWrite = permissions.canWrite;
    document.getElementById('workstations').textContent = workstations.summary;
    document.getElementById('add-button').hidden = !state.canWrite;
    document.getElementById('import-section').hidden = !state.canWrite;
    document.getElementById('import-result').hidden = true;
    await loadList();
  } catch (error) {
    showMessage(error.message);
  }
}

async function loadList() {
  try {
    state.items = await fetchJson(base() + filterQuery());
    showMessage('');
  } catch (error) {
    showMessage(error.message);
    return;
  }
  document.getElementById('export-link').href = base() + '/export' + filterQuery();
  const rows = document.getElementById('equipment-rows');
  rows.replaceChildren();
  for (const item of state.items) {
    const row = el('tr');
    const warranty = el('td', formatDay(item.warrantyEnd));
    if (item.underWarranty) {
      warranty.append(el('span', 'sous garantie', 'warranty'));
    }
    const makeModel = [item.make, item.model].filter(Boolean).join(' ');
    const kind = item.kindLabel + (item.fixedAtHeight ? ' (fixé en hauteur)' : '');
    const actions = el('td');
    if (state.canWrite && item.status !== 'REMOVED') {
      const edit = el('button', 'Modifier');
      edit.type = 'button';
      edit.addEventListener('click', () => openEditor(item));
      actions.append(edit);
    }
    const history = el('button', 'Historique');
    history.type = 'button';
    history.addEventListener('click', () => showHistory(item));
    actions.append(history);
    row.append(el('td', item.labelNumber), el('td', kind), el('td', item.hostName), el('td', item.serialNumber),
      el('td', makeModel), el('td', item.room), el('td', item.useLabel), warranty,
      el('td', item.statusLabel, 'status'), actions);
    rows.append(row);
  }
  document.getElementById('list-caption').textContent =
    state.items.length + ' équipement' + (state.items.length > 1 ? 's' : '');
  document.getElementById('list-section').hidden = false;
}

function openEditor(item) {
  state.editing = item;
  document.getElementById('edit-title').textContent = item ? 'Modifier : ' + item.displayName : 'Ajouter un équipement';
  for (const field of FIELDS) {
    const input = document.getElementById('f-' + field);
    if (field === 'fixedAtHeight') {
      input.checked = item ? item.fixedAtHeight : false;
    } else if (item) {
      input.value = item[field] || '';
    } else {
      input.value = NEW_ITEM_DEFAULTS[field] || '';
    }
  }
  // The D3E process alone sets or leaves its statuses, so the field is locked on such an item.
  const status = document.getElementById('f-status');
  status.disabled = Boolean(item) && (item.status === 'PROPOSED_FOR_DISPOSAL' || item.status === 'REMOVED');
  // A link from a ticket or a visit task passes its context, such as "ticket 2026-00012".
  document.getElementById('f-context').value = new URLSearchParams(window.location.search).get('contexte') || '';
  document.getElementById('edit-errors').replaceChildren();
  document.getElementById('edit-section').hidden = false;
  document.getElementById('f-labelNumber').focus();
}

function closeEditor() {
  state.editing = null;
  document.getElementById('edit-section').hidden = true;
}

/** Returns an item's value as its form field shows it: an empty text for a missing value. */
function valueOf(item, field) {
  const value = item[field];
  return value === null || value === undefined ? '' : value;
}

/** Builds the request body: every field for a new item, only the changed ones for an existing item. */
function editedValues() {
  const body = {};
  for (const field of FIELDS) {
    const input = document.getElementById('f-' + field);
    const value = field === 'fixedAtHeight' ? input.checked : input.value.trim();
    if (field === 'status' && input.disabled) {
      continue;
    }
    if (!state.editing || value !== valueOf(state.editing, field)) {
      body[field] = value === '' ? null : value;
    }
  }
  const context = document.getElementById('f-context').value.trim();
  if (context) {
    body.context = context;
  }
  if (state.editing) {
    body.version = state.editing.version;
  }
  return body;
}

async function save(event) {
  event.preventDefault();
  const errors = document.getElementById('edit-errors');
  errors.replaceChildren();
  const url = state.editing ? base() + '/' + state.editing.id : base();
  const response = await fetch(url, {
    method: state.editing ? 'PATCH' : 'POST',
    credentials: 'same-origin',
    headers: Object.assign({ 'Content-Type': 'application/json' }, HEADERS),
    body: JSON.stringify(editedValues())
  });
  if (response.ok) {
    closeEditor();
    await selectSchool();
    return;
  }
  if (response.status === 400) {
    const problem = await response.json();
    const messages = Array.isArray(problem.errors) ? problem.errors.map((error) => error.message) : [problem.detail];
    for (const message of messages) {
      errors.append(el('li', message));
    }
    return;
  }
  errors.append(el('li', await problemMessage(response)));
}

async function showHistory(item) {
  try {
    const changes = await fetchJson(base() + '/' + item.id + '/history');
    document.getElementById('history-title').textContent = 'Historique : ' + item.displayName;
    const rows = document.getElementById('history-rows');
    rows.replaceChildren();
    for (const change of changes) {
      const row = el('tr');
      row.append(el('td', dateTime.format(new Date(change.at))), el('td', change.author), el('td', change.kindLabel),
        el('td', change.context), el('td', change.summary, 'message'));
      rows.append(row);
    }
    document.getElementById('history-section').hidden = false;
    document.getElementById('history-section').scrollIntoView();
  } catch (error) {
    showMessage(error.message);
  }
}

function closeHistory() {
  document.getElementById('history-section').hidden = true;
}

async function importFile(event) {
  event.preventDefault();
  const result = document.getElementById('import-result');
  const summary = document.getElementById('import-summary');
  const errors = document.getElementById('import-errors');
  errors.replaceChildren();
  const body = new FormData(document.getElementById('import-form'));
  const response = await fetch(base() + '/import', { method: 'POST', body, credentials: 'same-origin', headers: HEADERS });
  result.hidden = false;
  if (response.ok) {
    const imported = await response.json();
    result.className = 'imported';
    summary.textContent = imported.summary;
    await loadList();
    const workstations = await fetchJson(base() + '/workstations');
    document.getElementById('workstations').textContent = workstations.summary;
    return;
  }
  result.className = 'rejected';
  if (response.status === 400) {
    const problem = await response.json();
    summary.textContent = problem.detail;
    for (const error of (Array.isArray(problem.errors) ? problem.errors : [])) {
      errors.append(el('li', error.message));
    }
  } else {
    summary.textContent = await problemMessage(response);
  }
}

document.addEventListener('DOMContentLoaded', async () => {
  for (const id of ['kind-filter', 'status-filter', 'use-filter']) {
    document.getElementById(id).addEventListener('change', loadList);
  }
  for (const id of ['room-filter', 'search']) {
    document.getElementById(id).addEventListener('change', loadList);
  }
  document.getElementById('school').addEventListener('change', selectSchool);
  document.getElementById('add-button').addEventListener('click', () => openEditor(null));
  document.getElementById('cancel-button').addEventListener('click', closeEditor);
  document.getElementById('edit-form').addEventListener('submit', save);
  document.getElementById('close-history').addEventListener('click', closeHistory);
  document.getElementById('import-form').addEventListener('submit', importFile);
  try {
    if (await loadSchools()) {
      await selectSchool();
    }
  } catch (error) {
    showMessage(error.message);
  }
});

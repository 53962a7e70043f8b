/*
 * Hides Tasklist's "Créer une tâche" action from users who are not process administrators.
 *
 * A task created by hand belongs to no ticket and no lycée, so the server rejects it for anyone
 * else (EngineWriteGuard, with a French message). Camunda 7.24.0 shows the action to every
 * user, and its config.js has no setting to remove it. This module is loaded through
 * `customScripts` in scripts/config.js. Each time the action appears, it requests the list of
 * applications the user may open from the webapps' authentication endpoint, and hides the
 * action unless Admin is in that list. In Proxima only administrators get Admin.
 *
 * NOTE: the check runs once per rendered action. Should Tasklist keep the same header element
 * when another user logs in without a page reload, that user sees the previous user's choice;
 * the server still rejects the creation.
 */

const ACTION = '.create-task-action';

// The page's path is <webapps path>/app/tasklist/<engine name>/.
const ENGINE_PATH = /^(.*)\/app\/tasklist\/([^/]+)\//;

// Actions hidden while the request for the user's applications is in flight.
const waiting = [];

let requestInFlight = false;

function authenticationUrl() {
  const match = ENGINE_PATH.exec(window.location.pathname);
  return match ? `${match[1]}/api/admin/auth/user/${match[2]}` : null;
}

function showActions(administrator) {
  for (const action of waiting.splice(0)) {
    action.style.display = administrator ? '' : 'none';
  }
}

function checkWaitingActions() {
  const url = authenticationUrl();
  if (!url || requestInFlight) {
    return;
  }
  requestInFlight = true;
  fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : {authorizedApps: []}))
    .then(user => showActions((user.authorizedApps || []).includes('admin')))
    // Without a response the actions stay hidden: the server rejects the creation anyway.
    .catch(() => showActions(false))
    .finally(() => {
      requestInFlight = false;
      if (waiting.length > 0) {
        checkWaitingActions();
      }
    });
}

new MutationObserver(() => {
  for (const action of document.querySelectorAll(ACTION)) {
    if (!action.dataset.proximaChecked) {
      action.dataset.proximaChecked = 'true';
      // Hidden until the check ends, so that the action never flashes for a correspondent.
      action.style.display = 'none';
      waiting.push(action);
    }
  }
  if (waiting.length > 0) {
    checkWaitingActions();
  }
}).observe(document.documentElement, {subtree: true, childList: true});

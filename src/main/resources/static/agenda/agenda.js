// "Mes agendas": the iCalendar feeds that the user may subscribe to, and their personal token, from
// /api/feeds with the Tasklist session cookie. Every value is inserted with textContent.
'use strict';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  return node;
}

function showMessage(text) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.hidden = !text;
}

async function call(method, url) {
  const response = await fetch(url, { method, credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  if (response.status === 401) {
    throw new Error('Votre session a expiré ou vous n\'êtes pas connecté : connectez-vous à Tasklist, puis rouvrez cette page.');
  }
  if (!response.ok) {
    throw new Error('Le serveur n\'a pas pu répondre (erreur ' + response.status + '). Réessayez dans un instant.');
  }
  return response.status === 204 ? null : response.json();
}

function feedItem(feed) {
  const item = el('li');
  item.append(el('strong', feed.name), el('br'), el('code', feed.url));
  return item;
}

function showToken(createdAt) {
  document.getElementById('token-state').textContent = createdAt
    ? 'Votre jeton actuel a été créé le ' + dateTime.format(new Date(createdAt)) + '.'
    : 'Vous n\'avez pas de jeton.';
  document.getElementById('create-token').textContent = createdAt ? 'Remplacer le jeton' : 'Créer un jeton';
  document.getElementById('revoke-token').hidden = !createdAt;
}

async function load() {
  try {
    const feeds = await call('GET', '/api/feeds');
    showMessage(feeds.feeds.length || feeds.allFeeds ? '' : 'Aucun agenda ne vous concerne pour l\'instant : vous'
      + ' n\'êtes correspondant ou technicien d\'aucun lycée.');
    document.getElementById('feed-list').replaceChildren(...feeds.feeds.map(feedItem));
    document.getElementById('all-feeds').hidden = !feeds.allFeeds;
    showToken(feeds.tokenCreatedAt);
    document.getElementById('feeds-section').hidden = false;
    document.getElementById('token-section').hidden = false;
  } catch (error) {
    showMessage(error.message);
  }
}

async function createToken() {
  try {
    const feeds = await call('POST', '/api/feeds/token');
    document.getElementById('token-feeds').replaceChildren(...feeds.feeds.map(feedItem));
    document.getElementById('token-result').hidden = false;
    showToken(feeds.tokenCreatedAt);
  } catch (error) {
    showMessage(error.message);
  }
}

async function revokeToken() {
  try {
    await call('DELETE', '/api/feeds/token');
    document.getElementById('token-result').hidden = true;
    showToken(null);
  } catch (error) {
    showMessage(error.message);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('create-token').addEventListener('click', createToken);
  document.getElementById('revoke-token').addEventListener('click', revokeToken);
  load();
});

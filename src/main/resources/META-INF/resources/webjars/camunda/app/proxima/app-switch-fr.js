/*
 * French names in the application menu of the Camunda webapps' header (the house icon).
 *
 * Camunda 7.24.0 writes these names in English into cam-widget-header.js ("Welcome",
 * "Admin", "Cockpit", "Tasklist") and never passes them through the locale files. Each
 * menu entry carries the application's id as its class, so this module, loaded through
 * `customScripts` in an application's scripts/config.js, rewrites the name of each entry
 * by that class. It sends no request.
 */

const APPLICATION_NAMES = {
  welcome: 'Accueil',
  admin: 'Administration',
  cockpit: 'Cockpit',
  tasklist: 'Tâches'
};

function translateApplicationMenu() {
  for (const [application, french] of Object.entries(APPLICATION_NAMES)) {
    for (const link of document.querySelectorAll(`.app-switch li.${application} > a`)) {
      // Rewrites the text node that AngularJS binds, rather than replacing it, so that the
      // binding keeps pointing at the node that the page shows.
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const english = node.data.trim();
        if (english && english !== french) {
          node.data = node.data.replace(english, french);
        }
      }
    }
  }
}

new MutationObserver(translateApplicationMenu).observe(document.documentElement, {
  subtree: true,
  childList: true
});

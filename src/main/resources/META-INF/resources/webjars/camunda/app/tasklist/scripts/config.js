/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Proxima: replaces the webjar's scripts/config.js of Camunda Tasklist 7.24.0, because the
// application's classes come before the webjar on the classpath.
export default {
  app: {
    name: 'Proxima',
    vendor: 'Région Île-de-France'
  },

  // Moment.js formats, read with the French dateLocales of locales/fr.json.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY HH:mm',
    normal: 'D MMMM YYYY [à] HH:mm',
    long: 'dddd D MMMM YYYY [à] HH:mm',
    short: 'D MMMM YYYY'
  },

  // French only: the webapps pick the browser's language when it is listed in
  // availableLocales and fall back to fallbackLocale otherwise, so an English browser
  // gets French too.
  locales: {
    availableLocales: ['fr'],
    fallbackLocale: 'fr'
  },

  // French texts that the locale files cannot reach (form-js messages and the names in
  // the header's application menu), and the "Créer une tâche" action hidden from users
  // who are not administrators. Paths are relative to app/tasklist/, without ".js".
  customScripts: [
    'scripts/proxima/form-js-fr',
    '../proxima/app-switch-fr',
    'scripts/proxima/standalone-task'
  ],

  // The first-login box links to /camunda-welcome, a page of Camunda Run that this
  // Spring Boot application does not serve.
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'prendre en charge la tâche sélectionnée'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'placer le curseur sur le premier filtre de la liste'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'placer le curseur sur la première tâche de la liste'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'placer le curseur dans le premier champ du formulaire de la tâche'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'ouvrir la fenêtre de démarrage d’un processus'
    }
  }
};

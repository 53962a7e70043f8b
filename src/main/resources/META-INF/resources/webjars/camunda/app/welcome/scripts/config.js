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

// Proxima: replaces the webjar's scripts/config.js of the Camunda Welcome app 7.24.0,
// because the application's classes come before the webjar on the classpath.
export default {
  app: {
    name: 'Proxima',
    vendor: 'Région Île-de-France'
  },

  // French only: the webapps pick the browser's language when it is listed in
  // availableLocales and fall back to fallbackLocale otherwise, so an English browser
  // gets French too.
  locales: {
    availableLocales: ['fr'],
    fallbackLocale: 'fr'
  },

  // Replaces the default list, which holds only the Camunda documentation link.
  // Labels and descriptions go through the translate filter, which shows a text that is
  // not a locale key as it is, unless it contains &, < or >, which it shows HTML-escaped.
  links: [
    {
      label: 'Suivi des tickets',
      href: '/suivi/',
      description: 'Les tickets des lycées et leur état d’avancement'
    },
    {
      label: 'DOCUMENTATION',
      href: 'https://docs.camunda.org/manual/latest/webapps/',
      description: 'DOCUMENTATION_DESCRIPTION'
    }
  ],

  // French names in the header's application menu, which the locale files cannot reach.
  // The path is relative to app/welcome/, without ".js".
  customScripts: ['../proxima/app-switch-fr'],

  // The first-login box links to /camunda-welcome, a page of Camunda Run that this
  // Spring Boot application does not serve.
  disableWelcomeMessage: true
};

/*
 * French texts for the Camunda Forms that Tasklist renders with form-js 1.8.7.
 *
 * form-js-viewer 1.8 has no translation hook: its validation messages, placeholders and
 * button labels are English literals inside lib/deps.js. Its date picker (flatpickr) shows
 * English month and day names and takes its date format from the browser's language. Tasklist loads this module through `customScripts` in
 * scripts/config.js, before it starts. The module watches the page and, inside each form
 * container (.fjs-container), rewrites the known English texts into French and switches
 * the date pickers to French. It sends no request.
 *
 * Preact, which form-js renders with, writes a text or an attribute again only when its
 * own value changes, so a rewritten text stays French until form-js shows another message,
 * which this module then rewrites in turn.
 *
 * NOTE: the English texts below are copied from form-js-viewer 1.8.7. A Camunda upgrade
 * that brings another form-js version needs them checked again.
 */

const FORM_CONTAINER = '.fjs-container';
const NBSP = '\u00a0';

// Whole texts, compared after trimming the surrounding white space.
const TEXTS = {
  // Validation (Validator of form-js-viewer).
  'Field is required.': 'Ce champ est obligatoire.',
  'Field must be a valid email.': 'Le champ doit contenir une adresse e-mail valide.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Le champ doit contenir un numéro de téléphone au format international (par exemple +33123456789).',
  'Value is not a number.': "La valeur n'est pas un nombre.",
  'Value is expected to be an integer.': 'La valeur doit être un nombre entier.',
  'Date and time must both be entered.': "La date et l'heure doivent être saisies toutes les deux.",

  // Select, tag list and other fields.
  'No results': 'Aucun résultat',
  'All values selected': 'Toutes les valeurs sont sélectionnées',
  'Skip to search': 'Aller à la recherche',
  'Nothing to show.': 'Aucune donnée à afficher.',
  'No content to show.': 'Aucun contenu à afficher.',
  "External content couldn't be loaded.": "Le contenu externe n'a pas pu être chargé.",
  'Add new': 'Ajouter',
  'Collapse': 'Replier',
  'Web-based tooling for BPMN, DMN, and forms powered by': 'Outils web pour BPMN, DMN et les formulaires, propulsés par'
};

// Texts that a form author could also write as a label: rewritten only inside the
// element that form-js renders them in.
const SCOPED_TEXTS = [
  { selector: '.fjs-select-placeholder', english: 'Select', french: 'Sélectionner' },
  { selector: '.fjs-table-nav-label', english: 'of', french: 'sur' }
];

// Texts that carry a value, such as a length or a pattern from the form definition.
const PATTERNS = [
  [/^Field must have minimum length of (.+)\.$/, (n) => `Le champ doit contenir au moins ${n} caractères.`],
  [/^Field must have maximum length of (.+)\.$/, (n) => `Le champ doit contenir au plus ${n} caractères.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `La valeur doit être supérieure ou égale à ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `La valeur doit être inférieure ou égale à ${n}.`],
  [/^Field must match pattern (.+)\.$/, (p) => `Le champ doit respecter le format ${p}.`],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (n) => `La valeur doit avoir au plus ${n} ${n === '1' ? 'décimale' : 'décimales'}.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Choisissez une valeur valide${NBSP}: les deux valeurs valides les plus proches sont ${a} et ${b}.`],
  [/^Expand all \((\d+)\)$/, (n) => `Tout déplier (${n})`],
  [/^Remove list item (\d+)$/, (n) => `Retirer l'élément ${n} de la liste`],
  [/^Click to sort by (.+) ascending$/, (l) => `Cliquer pour trier par ${l}, ordre croissant`],
  [/^Click to sort by (.+) descending$/, (l) => `Cliquer pour trier par ${l}, ordre décroissant`]
];

// Attribute values (placeholder, title, aria-label, alt).
const ATTRIBUTES = ['placeholder', 'title', 'aria-label', 'alt'];
const ATTRIBUTE_TEXTS = {
  'Search': 'Rechercher',
  'Remove tag': 'Retirer',
  'Increment': 'Augmenter',
  'Decrement': 'Diminuer',
  'Previous page': 'Page précédente',
  'Next page': 'Page suivante',
  'Click to remove sorting': 'Cliquer pour retirer le tri',
  'This is an image placeholder': "Emplacement d'une image",
  'Powered by bpmn.io': 'Propulsé par bpmn.io'
};

// flatpickr locale, in flatpickr's own l10n format.
const FLATPICKR_FR = {
  firstDayOfWeek: 1,
  weekdays: {
    shorthand: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    longhand: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
  },
  months: {
    shorthand: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    longhand: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
      'novembre', 'décembre']
  },
  ordinal: () => '',
  rangeSeparator: ' au ',
  weekAbbreviation: 'Sem.',
  scrollTitle: 'Faire défiler pour augmenter',
  toggleTitle: 'Cliquer pour basculer',
  yearAriaLabel: 'Année',
  monthAriaLabel: 'Mois',
  hourAriaLabel: 'Heure',
  minuteAriaLabel: 'Minute',
  time_24hr: true
};

// form-js derives the date format and the placeholder from the browser's language
// (mm/dd/yyyy in an English browser). Both are set to the French day/month/year order.
const DATE_FORMAT = 'd/m/Y';
const DATE_PLACEHOLDER = 'jj/mm/aaaa';

function translateText(english) {
  if (Object.prototype.hasOwnProperty.call(TEXTS, english)) {
    return TEXTS[english];
  }
  for (const [pattern, french] of PATTERNS) {
    const match = pattern.exec(english);
    if (match) {
      return french(...match.slice(1));
    }
  }
  return null;
}

function translateScopedText(textNode, english) {
  const parent = textNode.parentElement;
  for (const scoped of SCOPED_TEXTS) {
    if (english === scoped.english && parent && parent.closest(scoped.selector)) {
      return scoped.french;
    }
  }
  return null;
}

function translateTextNode(textNode) {
  const value = textNode.data;
  const english = value.trim();
  if (!english) {
    return;
  }
  const french = translateText(english) || translateScopedText(textNode, english);
  if (french) {
    // Keeps the spaces around the text, such as in " of ".
    textNode.data = value.replace(english, french);
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const english = element.getAttribute(name);
    if (english === null) {
      continue;
    }
    const french = Object.prototype.hasOwnProperty.call(ATTRIBUTE_TEXTS, english)
      ? ATTRIBUTE_TEXTS[english]
      : translateText(english);
    if (french) {
      element.setAttribute(name, french);
    }
  }
}

function localizeDatePicker(input) {
  const picker = input._flatpickr;
  if (!picker || picker.proximaFrench) {
    return;
  }
  // Marked first: set() redraws the calendar, which calls the observer again.
  picker.proximaFrench = true;
  picker.set({ locale: FLATPICKR_FR, dateFormat: DATE_FORMAT, ariaDateFormat: 'j F Y' });
  input.setAttribute('placeholder', DATE_PLACEHOLDER);
  // flatpickr writes these two labels once, when it builds the calendar.
  const labels = [['Month', FLATPICKR_FR.monthAriaLabel], ['Year', FLATPICKR_FR.yearAriaLabel]];
  for (const [english, french] of labels) {
    for (const element of picker.calendarContainer.querySelectorAll(`[aria-label="${english}"]`)) {
      element.setAttribute('aria-label', french);
    }
  }
}

function translateForm(container) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateTextNode(node);
  }
  for (const element of container.querySelectorAll('[placeholder], [title], [aria-label], [alt]')) {
    translateAttributes(element);
  }
  for (const input of container.querySelectorAll('.fjs-datepicker input')) {
    localizeDatePicker(input);
  }
}

function findFormContainers(mutations) {
  const containers = new Set();
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === Node.ELEMENT_NODE ? mutation.target : mutation.target.parentElement;
    const container = target && target.closest(FORM_CONTAINER);
    if (container) {
      containers.add(container);
      continue;
    }
    // A form container inserted whole, as when Tasklist opens a task.
    for (const added of mutation.addedNodes) {
      if (added.nodeType === Node.ELEMENT_NODE) {
        if (added.matches(FORM_CONTAINER)) {
          containers.add(added);
        }
        added.querySelectorAll(FORM_CONTAINER).forEach((found) => containers.add(found));
      }
    }
  }
  return containers;
}

const observer = new MutationObserver((mutations) => {
  findFormContainers(mutations).forEach(translateForm);
});

observer.observe(document.documentElement, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});

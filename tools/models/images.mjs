// Renders every BPMN and DMN file of processes/ to a PNG image in docs/modeles/, with bpmn-js and
// dmn-js in the system's headless Chromium, and writes docs/modeles/index.md, the French page that
// lists them. Rerun it after changing a model:
//
//   npm ci && npm run images
//
// Chromium comes from Debian (/usr/bin/chromium, package chromium) and never from a download:
// puppeteer-core has no browser of its own. CHROMIUM_PATH names another executable.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import puppeteer from 'puppeteer-core';

import { PROCESSES_DIR, REPOSITORY_ROOT, listFiles } from './lib/files.mjs';
import { writeIndex } from './lib/images-index.mjs';

const require = createRequire(import.meta.url);
const OUTPUT_DIR = path.join(REPOSITORY_ROOT, 'docs', 'modeles');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// White space around each image, in CSS pixels.
const IMAGE_MARGIN = 16;

// Selectors of the content of each image: an exported SVG, or a decision's table or literal
// expression with the bpmn.io watermark that dmn-js draws beside it.
const SVG_IMAGE = [ '#image img' ];
const DECISION_VIEW = [
  '#canvas .decision-table-properties',
  '#canvas .tjs-table',
  '#canvas .dmn-literal-expression-container',
  '#canvas .bjs-powered-by'
];

// Twice the CSS pixels, so that labels stay sharp on high-density screens.
const DEVICE_SCALE_FACTOR = 2;

const BPMN_ASSETS = {
  scripts: [ 'bpmn-js/dist/bpmn-viewer.production.min.js' ],
  styles: [ 'bpmn-js/dist/assets/diagram-js.css', 'bpmn-js/dist/assets/bpmn-js.css' ]
};

const DMN_ASSETS = {
  scripts: [ 'dmn-js/dist/dmn-viewer.production.min.js' ],
  styles: [
    'dmn-js/dist/assets/diagram-js.css',
    'dmn-js/dist/assets/dmn-js-shared.css',
    'dmn-js/dist/assets/dmn-js-drd.css',
    'dmn-js/dist/assets/dmn-js-decision-table.css',
    'dmn-js/dist/assets/dmn-js-literal-expression.css',
    'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css'
  ]
};

// The decision table view's button that leads to the diagram is left out of the images.
const PAGE_HTML = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><style>
  body { margin: 0; background: #fff; font-family: Arial, "Liberation Sans", sans-serif; }
  #canvas, #image { display: inline-block; margin: 16px; background: #fff; }
  .view-drd { display: none; }
  .dmn-decision-table-container, .dmn-literal-expression-container { height: auto; padding-bottom: 40px; }
</style></head><body><div id="canvas"></div><div id="image"></div></body></html>`;

// French for the English words that dmn-js writes in a decision table, passed to its translate
// service. The hit policy names are translated word for word.
const DMN_FRENCH = {
  'When': 'Si',
  'And': 'Et',
  'Then': 'Alors',
  'Annotations': 'Annotations',
  'Hit policy:': 'Politique de sélection :',
  'Unique': 'Unique',
  'First': 'Première',
  'Priority': 'Priorité',
  'Any': 'Quelconque',
  'Collect': 'Collecte',
  'Collect (Sum)': 'Collecte (somme)',
  'Collect (Min)': 'Collecte (minimum)',
  'Collect (Max)': 'Collecte (maximum)',
  'Collect (Count)': 'Collecte (nombre)',
  'Rule order': 'Ordre des règles',
  'Output order': 'Ordre des sorties',
  'Variable name:': 'Nom de la variable :',
  'Variable type:': 'Type de la variable :',
  'Expression language:': 'Langage d\'expression :'
};

async function main() {
  const bpmnFiles = await listFiles(PROCESSES_DIR, '.bpmn');
  const dmnFiles = await listFiles(PROCESSES_DIR, '.dmn');

  await mkdir(OUTPUT_DIR, { recursive: true });

  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,

    // Chromium's sandbox does not start as root, which CI is. The pages show only this repository's files.
    args: process.getuid && process.getuid() === 0 ? [ '--no-sandbox' ] : []
  });

  const entries = [];

  try {
    for (const file of bpmnFiles) {
      entries.push(await renderBpmn(browser, file));
    }
    for (const file of dmnFiles) {
      entries.push(await renderDmn(browser, file));
    }
  } finally {
    await browser.close();
  }

  await removeStaleImages(entries);
  await writeIndex(path.join(OUTPUT_DIR, 'index.md'), entries);

  const imageCount = entries.reduce((count, entry) => count + entry.images.length, 0);
  console.log(`${imageCount} images of ${entries.length} files written to ${path.relative(REPOSITORY_ROOT, OUTPUT_DIR)}`);
}

async function openPage(browser, assets) {
  const page = await browser.newPage();

  await page.setViewport({ width: 1600, height: 1000, deviceScaleFactor: DEVICE_SCALE_FACTOR });
  await page.setContent(PAGE_HTML);

  for (const style of assets.styles) {
    await page.addStyleTag({ path: require.resolve(style) });
  }
  for (const script of assets.scripts) {
    await page.addScriptTag({ path: require.resolve(script) });
  }

  return page;
}

/**
 * Renders a BPMN file to `<name>.png`: the SVG that bpmn-js exports, shown at its natural size.
 */
async function renderBpmn(browser, file) {
  const name = path.basename(file, '.bpmn');
  const xml = await readFile(file, 'utf8');
  const page = await openPage(browser, BPMN_ASSETS);

  try {
    const model = await page.evaluate(async xml => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(xml);
      const { svg } = await viewer.saveSVG();

      const processes = viewer.getDefinitions().rootElements
        .filter(element => element.$type === 'bpmn:Process')
        .map(process => ({
          id: process.id,
          name: process.name || process.id,
          documentation: (process.documentation || []).map(documentation => documentation.text).join('\n')
        }));

      viewer.destroy();

      return { svg, processes, warnings: warnings.map(warning => warning.message) };
    }, xml);

    failOnImportWarnings(file, model.warnings);
    await showSvg(page, model.svg);

    const image = `${name}.png`;
    await screenshot(page, SVG_IMAGE, image);

    return { kind: 'bpmn', file, name, processes: model.processes, images: [ { file: image } ] };
  } finally {
    await page.close();
  }
}

/**
 * Renders a DMN file: each decision's table or literal expression to an image, and the decision
 * requirements diagram as well when the file has several decisions. A file with a single decision
 * gets `<name>.png`. Otherwise the diagram is `<name>.png` and each decision `<name>.<decision id>.png`.
 */
async function renderDmn(browser, file) {
  const name = path.basename(file, '.dmn');
  const xml = await readFile(file, 'utf8');
  const page = await openPage(browser, DMN_ASSETS);

  try {
    const model = await page.evaluate(async (xml, french) => {
      const translate = (template, replacements = {}) => (french[template] || template)
        .replace(/{([^}]+)}/g, (placeholder, key) => (key in replacements ? replacements[key] : placeholder));

      // dmn-js gives each view its own modules, and its `common` option loses `additionalModules`.
      const translation = { additionalModules: [ { translate: [ 'value', translate ] } ] };

      window.dmnViewer = new window.DmnJS({
        container: '#canvas',
        drd: translation,
        decisionTable: translation,
        literalExpression: translation
      });
      const { warnings } = await window.dmnViewer.importXML(xml);
      const definitions = window.dmnViewer.getDefinitions();

      const views = window.dmnViewer.getViews().map(view => ({
        type: view.type,
        id: view.element.id,
        name: view.element.name || view.element.id,
        description: view.element.description || ''
      }));

      return { name: definitions.name || definitions.id, views, warnings: warnings.map(warning => warning.message) };
    }, xml, DMN_FRENCH);

    failOnImportWarnings(file, model.warnings);

    const decisions = model.views.filter(view => view.type !== 'drd');
    const images = [];

    if (decisions.length > 1) {
      const drd = model.views.find(view => view.type === 'drd');
      const image = `${name}.png`;

      await showDmnView(page, drd.id);
      await showDrdSvg(page);
      await screenshot(page, SVG_IMAGE, image);
      await hideDrdSvg(page);
      images.push({ file: image });
    }

    for (const decision of decisions) {
      const image = decisions.length > 1 ? `${name}.${decision.id}.png` : `${name}.png`;

      await showDmnView(page, decision.id);
      await screenshot(page, DECISION_VIEW, image);
      images.push({ file: image, decision });
    }

    return { kind: 'dmn', file, name, title: model.name, images };
  } finally {
    await page.close();
  }
}

async function showDmnView(page, elementId) {
  await page.evaluate(async elementId => {
    const viewer = window.dmnViewer;
    const view = viewer.getViews().find(candidate => candidate.element.id === elementId);

    await viewer.open(view);
  }, elementId);
}

/**
 * Shows the open decision requirements diagram as the SVG that dmn-js exports, whose size is that of
 * the diagram.
 */
async function showDrdSvg(page) {
  const svg = await page.evaluate(async () => (await window.dmnViewer.getActiveViewer().saveSVG()).svg);

  await showSvg(page, svg);
}

async function hideDrdSvg(page) {
  await page.evaluate(() => {
    document.getElementById('image').replaceChildren();
  });
}

/**
 * Shows an SVG document as an image. An image keeps the SVG's marker ids, which draw the arrow heads,
 * apart from those of a viewer still on the page.
 */
async function showSvg(page, svg) {
  await page.evaluate(async source => {
    const image = document.createElement('img');

    image.src = `data:image/svg+xml;base64,${source}`;
    document.getElementById('image').replaceChildren(image);
    await image.decode();
  }, Buffer.from(svg).toString('base64'));
}

/**
 * Takes a screenshot of the smallest box around the elements that the selectors match, with a white
 * margin. Only the drawn parts count, because the viewers' containers are larger than their content.
 */
async function screenshot(page, selectors, image) {
  await page.evaluate(() => document.fonts.ready);

  const clip = await page.evaluate((selectors, margin) => {
    const boxes = selectors
      .flatMap(selector => [ ...document.querySelectorAll(selector) ])
      .map(element => element.getBoundingClientRect())
      .filter(box => box.width > 0 && box.height > 0);

    if (boxes.length === 0) {
      throw new Error(`No element drawn matches ${selectors.join(', ')}`);
    }

    const left = Math.min(...boxes.map(box => box.left));
    const top = Math.min(...boxes.map(box => box.top));
    const right = Math.max(...boxes.map(box => box.right));
    const bottom = Math.max(...boxes.map(box => box.bottom));

    return {
      x: left + window.scrollX - margin,
      y: top + window.scrollY - margin,
      width: right - left + 2 * margin,
      height: bottom - top + 2 * margin
    };
  }, selectors, IMAGE_MARGIN);

  await page.screenshot({ path: path.join(OUTPUT_DIR, image), clip, captureBeyondViewport: true });
}

function failOnImportWarnings(file, warnings) {
  if (warnings.length > 0) {
    throw new Error(`${path.relative(REPOSITORY_ROOT, file)} imported with warnings, run npm run lint: ${warnings.join('; ')}`);
  }
}

/**
 * Removes the images of models that no longer exist, so that the folder matches processes/.
 */
async function removeStaleImages(entries) {
  const written = new Set(entries.flatMap(entry => entry.images.map(image => image.file)));

  for (const name of await readdir(OUTPUT_DIR)) {
    if (name.endsWith('.png') && !written.has(name)) {
      await rm(path.join(OUTPUT_DIR, name));
    }
  }
}

await main();

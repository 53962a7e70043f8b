import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { REPOSITORY_ROOT } from './files.mjs';

/**
 * Writes the French page that lists the rendered models, with a link to each source file.
 *
 * @param {string} indexFile absolute path of index.md
 * @param {Object[]} entries what images.mjs rendered, BPMN files first
 */
export async function writeIndex(indexFile, entries) {
  const indexDir = path.dirname(indexFile);
  const link = file => path.relative(indexDir, file).split(path.sep).join('/');
  const lines = [
    '# Modèles BPMN et DMN',
    '',
    'Images des processus et des tables de décision du dossier `processes/`, produites par',
    '`npm run images` dans `tools/models/` (bpmn-js et dmn-js dans Chromium sans interface).',
    'Ne les modifiez pas à la main : relancez la commande après avoir changé un modèle.',
    ''
  ];

  const bpmnEntries = entries.filter(entry => entry.kind === 'bpmn');
  const dmnEntries = entries.filter(entry => entry.kind === 'dmn');

  if (bpmnEntries.length > 0) {
    lines.push('## Processus (BPMN)', '');
  }

  for (const entry of bpmnEntries) {
    const title = entry.processes.map(process => process.name).join(', ') || entry.name;
    const keys = entry.processes.map(process => `\`${process.id}\``).join(', ');

    lines.push(`### ${title}`, '');
    lines.push(`Fichier [\`${path.relative(REPOSITORY_ROOT, entry.file)}\`](${link(entry.file)}), clé ${keys}.`, '');

    for (const process of entry.processes.filter(candidate => candidate.documentation)) {
      lines.push(oneLine(process.documentation), '');
    }

    lines.push(`![${title}](${entry.images[0].file})`, '');
  }

  if (dmnEntries.length > 0) {
    lines.push('## Tables de décision (DMN)', '');
  }

  for (const entry of dmnEntries) {
    lines.push(`### ${entry.title}`, '');
    lines.push(`Fichier [\`${path.relative(REPOSITORY_ROOT, entry.file)}\`](${link(entry.file)}).`, '');

    for (const image of entry.images) {
      if (!image.decision) {
        lines.push('Diagramme des exigences de décision :', '', `![${entry.title}](${image.file})`, '');
        continue;
      }

      const decision = image.decision;

      lines.push(`Décision « ${decision.name} », clé \`${decision.id}\`.`, '');

      if (decision.description) {
        lines.push(oneLine(decision.description), '');
      }

      lines.push(`![${decision.name}](${image.file})`, '');
    }
  }

  await writeFile(indexFile, lines.join('\n'));
}

function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}

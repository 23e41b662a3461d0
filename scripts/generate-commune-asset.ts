// Writes client/public/communes.tsv from @etalab/decoupage-administratif: what the web app's commune picker
// (client/src/components/CommuneField.tsx) searches by name or postal code. The API has no commune-name lookup, and
// the package's communes.json (8.6 MB) is too large to ship: this keeps code, name, postal codes and département,
// one tab-separated line per commune (about 1 MB, 450 KB compressed, fetched only by the picker).
// Run by `npm run client:dsfr`, so by dev:client and build:client.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
type Commune = {
  code: string;
  nom: string;
  departement: string;
  type: string;
  codesPostaux?: string[];
  population?: number;
};

export function renderCommuneAsset(): string {
  const communes: Commune[] = require('@etalab/decoupage-administratif/data/communes.json');
  const lines = communes
    // Only current communes: the codes the API accepts (no delegated or associated ones, no Paris/Lyon/Marseille districts).
    .filter((c) => c.type === 'commune-actuelle')
    // Most populated first, so that the first matches of a short search are the communes people mean.
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code))
    // INSEE code, name, postal codes separated by spaces, département code.
    .map((c) => [c.code, c.nom, (c.codesPostaux ?? []).join(' '), c.departement].join('\t'));
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const target = new URL('../client/public/communes.tsv', import.meta.url);
  const content = renderCommuneAsset();
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  // Unchanged content keeps its date: `npm start` rebuilds the client when a file under client/ is newer than the build.
  if (current !== content) writeFileSync(target, content);
}

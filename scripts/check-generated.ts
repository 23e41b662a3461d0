// Fails when functions/generated/ is stale against schema/ or the reference data packages, or client/generated/
// (and test/generated/) against schema/ and the graphql() documents of client/src (and test/) (part of `npm test`).
import { readFileSync } from 'node:fs';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { renderReferenceData } from './generate-reference-data.js';

const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
outputs.push({ filename: 'functions/generated/reference-data.ts', content: renderReferenceData() });

const stale = outputs.filter(({ filename, content }) => {
  try {
    return readFileSync(filename, 'utf8') !== content;
  } catch {
    return true;
  }
});
if (stale.length > 0) {
  console.error(
    `Generated code is stale: ${stale.map((o) => o.filename).join(', ')}. Run \`npm run codegen\` and commit.`,
  );
  process.exit(1);
}
console.log(`Generated code is up to date (${outputs.length} files).`);

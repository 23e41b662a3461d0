import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import { createTestApi, manualClock } from '../support/api.js';
import { agentOf, dataOf, expense, fileUnderReview, ops, openProgram } from './support.js';

const ProgramExport = graphql(`
  query SubsidiesExportCsv($id: ID!) {
    subsidyProgramExport(programId: $id)
  }
`);

// 23:30 UTC on 30 November is 1 December in Paris.
const clock = manualClock(new Date('2026-11-30T23:30:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);
const agent = agentOf('84');

/** A CSV document's lines, its cells unquoted (what a spreadsheet reads). */
function table(csv: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    rows.at(-1)!.push(cell);
    cell = '';
  };
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ';') endCell();
    else if (c === '\r' && csv[i + 1] === '\n') {
      endCell();
      rows.push([]);
      i++;
    } else cell += c;
  }
  return rows.slice(0, -1);
}

describe('the FEDER export through the API', () => {
  it('delivers a BOM, French words and a tricky row whole and neutralised', async () => {
    const program = await openProgram(api, { managingBody: 'Agence régionale ; "AURA Entreprises"' });
    const { application } = await fileUnderReview(api, program.id, agent, {
      projectSummary: '=HYPERLINK("http://exemple.fr";"clic"), puis vente en ligne\nsur deux lignes',
      expenses: [
        expense({ amountCents: 4_000_000 }),
        expense({ theme: 'ONLINE_PAYMENT', amountCents: 123_45 }),
      ],
    });
    const accepted = dataOf(await o.decide(agent, application.id, 'ACCEPT', application.version));
    dataOf(await o.pay(agent, application.id, 3_500_000, accepted.decideSubsidyApplication.version));

    const csv = dataOf(await typedCall(api, ProgramExport, { id: program.id }, agent)).subsidyProgramExport;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, row, ...rest] = table(csv.slice(1));
    expect(rest).toEqual([]);
    const cells = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    expect(row).toHaveLength(header!.length);
    expect(cells).toMatchObject({
      dossier: application.id,
      organisme_gestionnaire: 'Agence régionale ; "AURA Entreprises"',
      region: 'Auvergne-Rhône-Alpes',
      resume_projet: '\'=HYPERLINK("http://exemple.fr";"clic"), puis vente en ligne\nsur deux lignes',
      thematiques: 'Site web ou e-commerce, Paiement en ligne',
      cout_total_eur: '40123,45',
      cout_eligible_eur: '30000,00',
      taux_aide: '50 %',
      aide_accordee_eur: '15000,00',
      aide_payee_eur: '15000,00',
      statut: 'Payé',
      date_depot: '01/12/2026',
      date_paiement: '01/12/2026',
      tranche_effectif: '6 à 9 salariés',
    });
  });
});

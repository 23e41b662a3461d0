import { companyItems } from '../../functions/companies/store.js';
import type { CompanyRecord } from '../../functions/companies/records.js';
import { hasValidLuhnKey, idForSubject } from '../../functions/shared/identifiers.js';
import { loadCommunes } from '../../scripts/demo/places.js';
import { seededRandom } from '../../scripts/demo/random.js';
import type { Dataset } from './dataset.js';

export const COMPANIES = 100_000;
const DAY = 86_400_000;

/** Trades of small firms (NAF codes), as in the demo workspace. */
const TRADES = ['47.71Z', '56.10A', '10.71C', '96.02A', '43.21A', '45.20A', '55.10Z', '69.20Z', '47.24Z'];
const NAMES = ['Boulangerie', 'Atelier', 'Garage', 'Salon', 'Hôtel', 'Cave', 'Comptoir', 'Cabinet', 'Maison'];

/** A valid SIREN per index: 8 digits then the Luhn key, so 100,000 companies never collide. */
export function sirenOf(index: number): string {
  const body = String(30_000_000 + index * 7);
  for (let key = 0; key < 10; key++) if (hasValidLuhnKey(body + key)) return body + key;
  throw new Error('unreachable');
}

/** The PME user who registered company `index` (its token subject). */
export const pmeSub = (index: number) => `bench-pme-${index}`;

let cached: { now: number; companies: CompanyRecord[] } | undefined;

/** 100,000 companies over every region, weighted by population; the same on every run. */
export function benchCompanies(now: Date): CompanyRecord[] {
  if (cached?.now === now.getTime()) return cached.companies;
  const random = seededRandom(7);
  const communes = loadCommunes(1500);
  const weights = communes.map((c) => Math.sqrt(c.population));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  const companies = Array.from({ length: COMPANIES }, (_, i): CompanyRecord => {
    const roll = random.next();
    const commune =
      communes[
        Math.min(
          communes.length - 1,
          cumulative.findIndex((c) => c >= roll),
        )
      ]!;
    const siren = sirenOf(i);
    const at = new Date(now.getTime() - random.int(30, 1500) * DAY).toISOString();
    return {
      id: idForSubject('bench-company', siren), // opaque in the app; stable here so runs find their data
      siren,
      name: `${random.pick(NAMES)} ${commune.name} ${i}`,
      nafCode: random.pick(TRADES),
      employees: random.pick([0, 1, 2, 3, 5, 8, 12, 20, 35, 60, 120]),
      annualRevenueCents: random.int(50_000, 5_000_000) * 100,
      independent: random.chance(0.9),
      communeCode: commune.code,
      departementCode: commune.departementCode,
      regionCode: commune.regionCode,
      createdBySub: pmeSub(i),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
  });
  cached = { now: now.getTime(), companies };
  return companies;
}

/** Each company with its first member, as `registerCompany` writes them. */
export const companyDataset: Dataset = {
  name: `companies-${COMPANIES}`,
  items: (now) =>
    benchCompanies(now).flatMap((c) =>
      companyItems(c, { sub: c.createdBySub, companyId: c.id, joinedAt: c.createdAt }),
    ),
};

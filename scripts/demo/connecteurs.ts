import type { ConnecteurRecord, LabelRequestRecord } from '../../functions/connecteurs/records.js';
import { endOfParisDay, parisDay } from '../../functions/shared/paris-time.js';
import { STRUCTURE_TYPES } from '../../functions/connecteurs/inputs.js';
import { THEMES } from '../../functions/shared/themes.js';
import { connecteurIdOf } from '../../functions/shared/caller.js';
import { allRegions, departementsOfRegion } from '../../functions/shared/geography.js';
import type { DemoCommune } from './places.js';
import type { Random } from './random.js';
import { servedWithHome } from '../../functions/connecteurs/served.js';
import { neighboursOf } from '../../functions/shared/neighbours.js';

const FIRST_NAMES = [
  'Camille',
  'Julien',
  'Sophie',
  'Karim',
  'Claire',
  'Thomas',
  'Nadia',
  'Mathieu',
  'Élodie',
  'Yann',
  'Aurélie',
  'Mehdi',
  'Léa',
  'Antoine',
  'Fatou',
  'Nicolas',
  'Maëlle',
  'Hugo',
  'Inès',
  'Pierre',
  'Manon',
  'Olivier',
  'Chloé',
  'Rémi',
  'Sarah',
  'Loïc',
  'Anaïs',
  'Jérôme',
  'Émilie',
  'Bastien',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Leroy',
  'Moreau',
  'Lefèvre',
  'Garcia',
  'Roux',
  'Fournier',
  'Girard',
  'Bonnet',
  'Mercier',
  'Lambert',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guerin',
  'Muller',
  'Henry',
  'Perrin',
  'Morel',
  'Le Gall',
  'Nguyen',
  'Benali',
  'Chevalier',
  'Robin',
  'Gautier',
  'Marchand',
  'Payet',
  'Hoarau',
];
const STRUCTURE_NAMES: Partial<Record<(typeof STRUCTURE_TYPES)[number], (place: string) => string>> = {
  CCI: (p) => `CCI ${p} — pôle numérique`,
  CMA: (p) => `Chambre de métiers et de l’artisanat ${p}`,
  TIERS_LIEU: (p) => `Tiers-lieu La Fabrique de ${p}`,
  ENTREPRENEURS_NETWORK: (p) => `Réseau Entreprendre ${p}`,
  PROFESSIONAL_BODY: (p) => `Fédération du commerce de ${p}`,
  ASSOCIATION: (p) => `Association Numérique pour tous ${p}`,
  CONSULTING_FIRM: (p) => `${p} Conseil Digital`,
  ACCOUNTANT: (p) => `Cabinet d’expertise comptable de ${p}`,
  PUBLIC_BODY: (p) => `Agence de développement économique ${p}`,
};
const WAVES = ['Vague 2024-2', 'Vague 2025-1', 'Vague 2025-2', 'Vague 2026-1'];

const daysFrom = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/** Label situations in realistic proportions: valid, expired, pending, rejected, revoked, never asked. */
function labelHistory(random: Random, now: Date, index: number): LabelRequestRecord[] {
  const roll = random.next();
  const id = `demo-label-${index}`;
  const requestedAt = daysFrom(now, -random.int(200, 900));
  const decidedAt = daysFrom(requestedAt, random.int(10, 40)).toISOString();
  const granted = (validUntil: string): LabelRequestRecord => ({
    id,
    status: 'GRANTED',
    requestedAt: requestedAt.toISOString(),
    decidedAt,
    decidedBy: 'demo-moderateur',
    validUntil,
    expiresAt: endOfParisDay(validUntil).toISOString(),
    wave: random.pick(WAVES),
  });
  if (roll < 0.45) return [granted(parisDay(daysFrom(now, random.int(30, 900))))];
  if (roll < 0.55) return [granted(parisDay(daysFrom(now, -random.int(1, 120))))];
  if (roll < 0.63)
    return [{ id, status: 'PENDING', requestedAt: daysFrom(now, -random.int(1, 30)).toISOString() }];
  if (roll < 0.67) {
    return [
      {
        id,
        status: 'REJECTED',
        requestedAt: requestedAt.toISOString(),
        decidedAt,
        decidedBy: 'demo-moderateur',
        reason: 'Expérience d’accompagnement de PME insuffisamment documentée.',
      },
    ];
  }
  if (roll < 0.69) {
    return [
      {
        ...granted(parisDay(daysFrom(now, 200))),
        status: 'REVOKED',
        revokedAt: daysFrom(now, -10).toISOString(),
        revokedBy: 'demo-moderateur',
        reason: 'Lien capitalistique non déclaré avec un prestataire recommandé.',
      },
    ];
  }
  return [];
}

/** About 300 connecteurs over every region, weighted by population, at least 4 per region. */
export function demoConnecteurs(
  random: Random,
  communes: DemoCommune[],
  now: Date,
  total = 300,
): ConnecteurRecord[] {
  const regions = allRegions().filter((r) => r.code.length === 2);
  const population = new Map<string, number>();
  for (const c of communes) population.set(c.regionCode, (population.get(c.regionCode) ?? 0) + c.population);
  const all = [...population.values()].reduce((a, b) => a + b, 0);
  const records: ConnecteurRecord[] = [];
  for (const region of regions) {
    const inRegion = communes.filter((c) => c.regionCode === region.code);
    const count = 4 + Math.round(((population.get(region.code) ?? 0) / all) * (total - 4 * regions.length));
    for (let i = 0; i < count && inRegion.length; i++) {
      const index = records.length + 1;
      const commune = random.pick(inRegion);
      const kind = random.chance(0.55) ? 'PERSON' : 'STRUCTURE';
      const structureType =
        kind === 'PERSON'
          ? random.pick([
              'FREELANCE',
              'CONSULTING_FIRM',
              'STUDENT_OR_APPRENTICE',
              'ACCOUNTANT',
              'OTHER',
            ] as const)
          : random.pick(Object.keys(STRUCTURE_NAMES) as (keyof typeof STRUCTURE_NAMES)[]);
      const displayName =
        kind === 'PERSON'
          ? `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`
          : STRUCTURE_NAMES[structureType]!(commune.name);
      const neighbours = departementsOfRegion(region.code).map((d) => d.code);
      const served = random.sample(neighbours, random.int(0, Math.min(3, neighbours.length)));
      const sub = `demo-connecteur-${String(index).padStart(3, '0')}`;
      const createdAt = daysFrom(now, -random.int(100, 1000)).toISOString();
      records.push({
        id: connecteurIdOf(sub),
        ownerSub: sub,
        displayName,
        kind,
        structureType,
        communeCode: commune.code,
        departementCode: commune.departementCode,
        regionCode: commune.regionCode,
        // Served départements are bounded to the home and its neighbours (connecteurs/served.ts).
        departementsServed: servedWithHome(
          commune.departementCode,
          served.filter((d) => neighboursOf(commune.departementCode).includes(d)),
        ),
        themes: random.sample(THEMES, random.int(1, 4)),
        acceptsNewPmes: random.chance(0.85),
        email: `contact+${index}@connecteurs.exemple.fr`,
        ...(random.chance(0.6) ? { website: `https://connecteur-${index}.exemple.fr` } : {}),
        charterSignedAt: createdAt,
        labelHistory: labelHistory(random, now, index),
        createdAt,
        updatedAt: createdAt,
        version: 1,
      });
    }
  }
  return records;
}

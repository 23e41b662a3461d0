import { regionByCode } from '../shared/geography.js';
import type { SubsidyProgramRecord } from './records.js';

/**
 * The rule on where a programme's providers may be based, in French, as eligibility.ts enforces it (LOCAL_PROVIDERS):
 * the one text every page shows (the programme, the application form, the provider picker, the diagnostic's
 * estimates), so none can say "in the region" when the programme does not require it, or the reverse.
 */
export function localProvidersRule(
  program: Pick<SubsidyProgramRecord, 'localProvidersOnly' | 'regionCode'>,
): string {
  const region = regionByCode(program.regionCode)?.name ?? `la région ${program.regionCode}`;
  return program.localProvidersOnly
    ? `Prestataires établis en ${region} uniquement, et inscrits dans l’annuaire des prestataires : chaque prestataire est vérifié dans l’annuaire au dépôt du dossier.`
    : `Prestataires de toute région : ce programme ne réserve pas son aide aux prestataires établis en ${region}.`;
}

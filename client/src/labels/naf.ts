/**
 * NAF codes as people type them, from a Kbis or an Insee notice ("4791B", "47.91B", "47.91 B"), written as the
 * nomenclature and the API do ("47.91B"); the API normalises the same way (functions/shared/naf.ts).
 */
export function normalizeNafCode(text: string): string {
  const compact = text.toUpperCase().replace(/[\s.\u00a0-]/g, '');
  const match = /^(\d{2})(\d{2})([A-Z])$/.exec(compact);
  return match ? `${match[1]}.${match[2]}${match[3]}` : text.trim().toUpperCase();
}

type NafRow = { id: string; label: string };

let loading: Promise<ReadonlyMap<string, string>> | undefined;

/** The labels of the NAF sub-classes (@socialgouv/codes-naf), loaded once, in their own chunk, by the NAF fields. */
export function loadNafLabels(): Promise<ReadonlyMap<string, string>> {
  loading ??= import('@socialgouv/codes-naf/index.json')
    .then((module) => {
      const rows = (module as unknown as { default: NafRow[] }).default;
      return new Map(
        rows.filter((row) => /^\d{2}\.\d{2}[A-Z]$/.test(row.id)).map((row) => [row.id, row.label]),
      );
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** The activity's own label of what was typed, undefined when it is not a NAF sub-class. */
export const nafActivity = (labels: ReadonlyMap<string, string>, typed: string): string | undefined =>
  labels.get(normalizeNafCode(typed));

/** Announced politely to screen readers while an answer is awaited. */
export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p role="status" className="fr-text--sm fr-mt-2w">
      {label}
    </p>
  );
}

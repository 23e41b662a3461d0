import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState } from 'react';
import { loadNafLabels, nafActivity } from '../labels/naf';

type NafFieldProps = {
  value: string;
  onChange: (text: string) => void;
  errorMessage?: string | undefined;
  required?: boolean;
};

/** The labels of the NAF sub-classes, once loaded (undefined meanwhile, or if they cannot be). */
export function useNafLabels(): ReadonlyMap<string, string> | undefined {
  const [labels, setLabels] = useState<ReadonlyMap<string, string> | undefined>();
  useEffect(() => {
    let current = true;
    loadNafLabels().then(
      (map) => current && setLabels(map),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return labels;
}

/**
 * The NAF (APE) code field: typed as on a Kbis ("4791B", "47.91B" or "47.91 B"); the activity's label is shown as
 * soon as the code is known, so the user sees what they chose.
 */
export function NafField({ value, onChange, errorMessage, required = true }: NafFieldProps) {
  const labels = useNafLabels();
  const activity = labels && value.trim() ? nafActivity(labels, value) : undefined;
  return (
    <>
      <Input
        label="Code NAF (APE)"
        hintText="Tel qu’il figure sur le Kbis ou l’avis de situation Insee, par exemple 4791B ou 10.71C"
        {...(errorMessage ? { state: 'error' as const, stateRelatedMessage: errorMessage } : {})}
        nativeInputProps={{
          value,
          onChange: (event) => onChange(event.target.value),
          autoComplete: 'off',
          required,
          'aria-invalid': errorMessage ? true : undefined,
        }}
      />
      <p className="fr-text--sm fr-mt-n2w fr-mb-3w" aria-live="polite">
        {activity
          ? `Activité : ${activity}`
          : labels && value.trim().length >= 5
            ? 'Ce code n’est pas une sous-classe de la nomenclature NAF rév. 2.'
            : ''}
      </p>
    </>
  );
}

import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import type { Theme } from '../../generated/graphql';
import { THEMES, themeLabels } from '../labels/connecteurs';

/** The themes of a search form, any of which matches: checking one adds it, unchecking removes it. */
export function ThemeCheckboxes({
  legend = 'Thèmes',
  hint,
  value,
  onChange,
}: {
  legend?: string;
  hint?: string;
  value: readonly Theme[];
  onChange: (themes: Theme[]) => void;
}) {
  return (
    <Checkbox
      legend={legend}
      {...(hint ? { hintText: hint } : {})}
      orientation="horizontal"
      small
      options={THEMES.map((theme) => ({
        label: themeLabels[theme],
        nativeInputProps: {
          name: 'theme',
          value: theme,
          checked: value.includes(theme),
          onChange: (event) =>
            onChange(event.target.checked ? [...value, theme] : value.filter((t) => t !== theme)),
        },
      }))}
    />
  );
}

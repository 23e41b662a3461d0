import { AFTER_PARAM, CursorPaging } from '../../components/CursorPaging';

export { AFTER_PARAM };

/** Paging kept in the address (`apres`): the app's one paging component, `components/CursorPaging.tsx`. */
export const ForwardPaging = (props: {
  endCursor: string | null | undefined;
  label: string;
  onPageRequested?: () => void;
}) => <CursorPaging {...props} />;

/** Search parameters from a form's values: empty values are left out, arrays become repeated parameters. */
export function toSearchParams(
  values: Record<string, string | boolean | readonly string[]>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) for (const item of value as readonly string[]) params.append(key, item);
    else if (value === true) params.set(key, 'oui');
    else if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
  }
  return params;
}

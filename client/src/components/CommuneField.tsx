import {
  useEffect,
  useId,
  useMemo,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { communeLabel, loadCommunes, normalizeCommuneName, searchCommunes, type Commune } from './communes';

type CommuneFieldProps = {
  label: ReactNode;
  /** INSEE code of the commune picked, '' when none. */
  value: string;
  /** Called with the INSEE code picked, or '' once the user types something else. */
  onChange: (communeCode: string) => void;
  hintText?: ReactNode;
  /** A message of the server or of the form about this field (shown in the DSFR error state). */
  errorMessage?: string | undefined;
  required?: boolean;
  className?: string;
};

const MAX_SUGGESTIONS = 8;

// Inline: the list floats over the form below the input, and shared stylesheets are not this component's to change.
const listStyle: CSSProperties = {
  position: 'absolute',
  zIndex: 10,
  left: 0,
  right: 0,
  margin: 0,
  padding: 0,
  listStyle: 'none',
  background: 'var(--background-default-grey)',
  border: '1px solid var(--border-default-grey)',
  boxShadow: '0 4px 8px rgba(0, 0, 0, 0.15)',
  maxHeight: '20rem',
  overflowY: 'auto',
};
const optionStyle: CSSProperties = { padding: '0.5rem 1rem', cursor: 'pointer' };
const activeOptionStyle: CSSProperties = {
  ...optionStyle,
  background: 'var(--background-action-low-blue-france)',
  outline: '2px solid var(--border-active-blue-france)',
  outlineOffset: '-2px',
};

/**
 * A commune picker: the user types a name or a postal code and picks one commune in the list (ARIA combobox:
 * the first ↓ highlights the first suggestion, arrows move through them, Enter picks the one highlighted or an
 * exact match of the name, Escape closes). Its value is the INSEE code the API expects.
 * The list of communes is loaded on first focus or when a value is given.
 */
export function CommuneField({
  label,
  value,
  onChange,
  hintText = 'Tapez le nom de la commune ou son code postal, puis choisissez-la dans la liste.',
  errorMessage,
  required = false,
  className,
}: CommuneFieldProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const [communes, setCommunes] = useState<Commune[] | undefined>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [wanted, setWanted] = useState(false);
  const [text, setText] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  // No suggestion is highlighted until the user moves to one (-1): Enter then picks only an exact match.
  const [active, setActive] = useState(-1);

  useEffect(() => {
    if (communes || (!wanted && !value)) return;
    let current = true;
    loadCommunes().then(
      (list) => current && setCommunes(list),
      () => current && setLoadFailed(true),
    );
    return () => {
      current = false;
    };
  }, [wanted, value, communes]);

  const picked = useMemo(
    () => (value && communes ? communes.find((c) => c.code === value) : undefined),
    [value, communes],
  );
  // What the box shows: what the user is typing, else the commune picked, else the code while the list loads.
  const shown = text ?? (picked ? communeLabel(picked) : value);
  const suggestions = useMemo(
    () => (communes && text !== undefined ? searchCommunes(communes, text, MAX_SUGGESTIONS) : []),
    [communes, text],
  );
  const expanded = open && suggestions.length > 0;

  const exactMatch = () => {
    const wanted = normalizeCommuneName(text ?? '');
    return wanted ? suggestions.find((commune) => commune.searchKey === wanted) : undefined;
  };

  const pick = (commune: Commune) => {
    setText(undefined);
    setOpen(false);
    onChange(commune.code);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (expanded ? (index + 1) % suggestions.length : 0));
    } else if (event.key === 'ArrowUp' && expanded) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === 'Enter' && expanded) {
      // The list is open: Enter picks the suggestion moved to, else an exact match of the name, else nothing
      // (never the first suggestion by default, nor a submit of the form with a half-typed commune).
      event.preventDefault();
      const commune = suggestions[active] ?? exactMatch();
      if (commune) pick(commune);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const status =
    text === undefined
      ? undefined
      : !communes
        ? loadFailed
          ? 'La liste des communes n’a pas pu être chargée.'
          : 'Chargement de la liste des communes…'
        : text.trim() && suggestions.length === 0
          ? 'Aucune commune ne correspond.'
          : suggestions.length > 0
            ? `${suggestions.length} commune${suggestions.length > 1 ? 's' : ''} proposée${suggestions.length > 1 ? 's' : ''}.`
            : undefined;

  return (
    <div
      className={`fr-input-group${errorMessage ? ' fr-input-group--error' : ''}${className ? ` ${className}` : ''}`}
    >
      <label className="fr-label" htmlFor={inputId}>
        {label}
        {hintText && (
          <span className="fr-hint-text" id={hintId}>
            {hintText}
          </span>
        )}
      </label>
      <div style={{ position: 'relative' }}>
        <input
          id={inputId}
          className={`fr-input${errorMessage ? ' fr-input--error' : ''}`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={
            [hintText ? hintId : '', errorMessage ? messageId : ''].join(' ').trim() || undefined
          }
          aria-invalid={errorMessage ? true : undefined}
          autoComplete="off"
          required={required}
          value={shown}
          onFocus={() => setWanted(true)}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            if (value) onChange('');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label="Communes proposées" hidden={!expanded} style={listStyle}>
          {suggestions.map((commune, index) => (
            <li
              key={commune.code}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              style={index === active ? activeOptionStyle : optionStyle}
              // mousedown, not click: picking must happen before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(commune);
              }}
            >
              {commune.name} <span className="fr-text--xs">({commune.departementCode}</span>
              {commune.postalCodes.length > 0 && (
                <span className="fr-text--xs">
                  {' '}
                  – {commune.postalCodes.slice(0, 3).join(', ')}
                  {commune.postalCodes.length > 3 ? '…' : ''}
                </span>
              )}
              <span className="fr-text--xs">)</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="fr-sr-only" role="status">
        {status}
      </p>
      {picked && text === undefined && (
        <p className="fr-text--xs fr-mb-0 fr-mt-1v">Code INSEE {picked.code}</p>
      )}
      {errorMessage && (
        <p id={messageId} className="fr-error-text">
          {errorMessage}
        </p>
      )}
    </div>
  );
}

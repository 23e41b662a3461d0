import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { formatDate } from '../../labels/dates';

/** "Labellisé jusqu'au …" for a label valid now, "Volontaire" (signed the charter) otherwise. */
export function ConnecteurTierBadge({
  isLabelled,
  labelValidUntil,
}: {
  isLabelled: boolean;
  labelValidUntil?: string | null | undefined;
}) {
  if (!isLabelled) {
    return (
      <Badge as="span" severity="info" small noIcon>
        Volontaire
      </Badge>
    );
  }
  return (
    <Badge as="span" severity="success" small>
      {labelValidUntil ? `Labellisé jusqu’au ${formatDate(labelValidUntil)}` : 'Labellisé'}
    </Badge>
  );
}

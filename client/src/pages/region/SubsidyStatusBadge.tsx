import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import type { SubsidyApplicationStatus } from '../../../generated/graphql';
import { subsidyStatusLabels } from '../../labels/subsidies';

const severities: Record<SubsidyApplicationStatus, BadgeProps['severity']> = {
  DRAFT: undefined,
  SUBMITTED: 'new',
  CORRECTION_REQUESTED: 'warning',
  UNDER_REVIEW: 'info',
  ACCEPTED: 'success',
  REJECTED: 'error',
  CLOSED: undefined,
  PAID: 'success',
};

export function SubsidyStatusBadge({ status }: { status: SubsidyApplicationStatus }) {
  return (
    <Badge severity={severities[status]} small noIcon>
      {subsidyStatusLabels[status]}
    </Badge>
  );
}

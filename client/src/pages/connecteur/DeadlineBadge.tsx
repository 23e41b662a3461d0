import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { ContactDeadlineState, ContactRequestStatus } from '../../../generated/graphql';
import { contactStatusLabels, contactStatusSeverity, deadlineBadges } from './labels';

/** The request's status, then its deadline badge when it waits too long (late, reminder due, abandoned). */
export function ContactRequestBadges({
  status,
  deadlineState,
}: {
  status: ContactRequestStatus;
  deadlineState: ContactDeadlineState;
}) {
  const deadline = deadlineBadges[deadlineState];
  return (
    <ul className="fr-badges-group">
      <li>
        <Badge as="span" small noIcon severity={contactStatusSeverity[status]}>
          {contactStatusLabels[status]}
        </Badge>
      </li>
      {deadline && (
        <li>
          <Badge as="span" small severity={deadline.severity}>
            {deadline.text}
          </Badge>
        </li>
      )}
    </ul>
  );
}

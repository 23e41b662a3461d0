import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import type { ActionItemStatus, Theme } from '../../../generated/graphql';
import { newClientKey } from '../../api/client-key';
import { useMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { themeLabels, THEMES } from '../../labels/connecteurs';
import { formatDate } from '../../labels/dates';
import { ACTION_ITEM_STATUSES, actionItemStatusLabels } from './labels';

const ConnecteurAddActionItemMutation = graphql(`
  mutation ConnecteurAddActionItem($companyId: ID!, $input: ActionItemInput!, $clientKey: String) {
    addActionItem(companyId: $companyId, input: $input, clientKey: $clientKey) {
      id
    }
  }
`);

const ConnecteurUpdateActionItemMutation = graphql(`
  mutation ConnecteurUpdateActionItem($companyId: ID!, $itemId: ID!, $input: ActionItemUpdateInput!) {
    updateActionItem(companyId: $companyId, itemId: $itemId, input: $input) {
      id
      status
    }
  }
`);

export type ActionItemRow = {
  id: string;
  theme: Theme;
  title: string;
  status: ActionItemStatus;
  dueOn?: string | null;
};

/** The company's action plan: each item's status can be changed; new items are added below. */
export function ActionPlan({
  companyId,
  items,
  onChanged,
}: {
  companyId: string;
  items: readonly ActionItemRow[];
  onChanged: () => void;
}) {
  const [update, updating] = useMutation(ConnecteurUpdateActionItemMutation);
  return (
    <>
      {updating.error && <ApiErrorAlert error={updating.error} className="fr-mb-2w" />}
      {items.length === 0 ? (
        <p>Le plan d’action est vide.</p>
      ) : (
        <Table
          caption="Plan d’action"
          noCaption
          headers={['Action', 'Thème', 'Échéance', 'Statut']}
          data={items.map((item) => [
            item.title,
            themeLabels[item.theme],
            item.dueOn ? formatDate(item.dueOn) : '—',
            <Select
              key="status"
              label={<span className="fr-sr-only">Statut de « {item.title} »</span>}
              nativeSelectProps={{
                value: item.status,
                disabled: updating.loading,
                onChange: async (event) => {
                  const status = event.target.value as ActionItemStatus;
                  if (await update({ companyId, itemId: item.id, input: { status } })) onChanged();
                },
              }}
            >
              {ACTION_ITEM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {actionItemStatusLabels[status]}
                </option>
              ))}
            </Select>,
          ])}
        />
      )}
      <AddActionItemForm companyId={companyId} onAdded={onChanged} />
    </>
  );
}

/** A new item of the plan; each draft carries a client key, so sending it again after a lost answer adds it once. */
function AddActionItemForm({ companyId, onAdded }: { companyId: string; onAdded: () => void }) {
  const [add, { error, loading }] = useMutation(ConnecteurAddActionItemMutation);
  const [theme, setTheme] = useState<Theme>('STRATEGY');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [clientKey, setClientKey] = useState(newClientKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const added = await add({
      companyId,
      input: { theme, title: title.trim(), ...(dueOn ? { dueOn } : {}) },
      clientKey,
    });
    if (added) {
      setTitle('');
      setDueOn('');
      setClientKey(newClientKey());
      onAdded();
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="ajout-action" className="fr-mt-2w">
      <h3 id="ajout-action" className="fr-h6">
        Ajouter une action
      </h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-5">
          <Input
            label="Intitulé de l’action"
            nativeInputProps={{
              value: title,
              onChange: (event) => setTitle(event.target.value),
              required: true,
            }}
            state={error?.fieldMessage('input.title') ? 'error' : 'default'}
            stateRelatedMessage={error?.fieldMessage('input.title')}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Thème"
            nativeSelectProps={{ value: theme, onChange: (event) => setTheme(event.target.value as Theme) }}
          >
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {themeLabels[t]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="Échéance (facultative)"
            nativeInputProps={{
              type: 'date',
              value: dueOn,
              onChange: (event) => setDueOn(event.target.value),
            }}
            state={error?.fieldMessage('input.dueOn') ? 'error' : 'default'}
            stateRelatedMessage={error?.fieldMessage('input.dueOn')}
          />
        </div>
      </div>
      {error && <ApiErrorAlert error={error} className="fr-mb-2w" />}
      <Button type="submit" disabled={loading}>
        Ajouter l’action
      </Button>
    </form>
  );
}

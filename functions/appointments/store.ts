import type { Page, Position } from '../shared/pagination.js';
import { getRecord, queryPage, queryRecords } from '../shared/query.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetRecords } from '../shared/batch.js';
import { conflict } from '../shared/errors.js';
import { writeParts, type TransactPart } from '../shared/transactions.js';
import { noticeParts, type Notices, type ReminderGuard } from '../shared/reminders.js';
import type { AppointmentRecord, SlotRecord } from './records.js';

// The only file that knows how appointments are laid out in the table (docs/data-model.md, "Appointments").
const slotKey = (id: string) => ({ PK: `SLOT#${id}`, SK: 'SLOT' });
const appointmentKey = (id: string) => ({ PK: `APPT#${id}`, SK: 'APPT' });
const SLOTS = (connecteurId: string) => `CSLOTS#${connecteurId}`;
const OPEN_SLOTS = (connecteurId: string) => `OPENSLOTS#${connecteurId}`;
const CONNECTEUR_APPOINTMENTS = (connecteurId: string) => `CAPPTS#${connecteurId}`;
const COMPANY_APPOINTMENTS = (companyId: string) => `PAPPTS#${companyId}`;
/** The guard of "one upcoming appointment per company and connecteur": the appointment holding it, and its start. */
const upcomingGuardKey = (companyId: string, connecteurId: string) => ({
  PK: `UPCOMING#${companyId}#${connecteurId}`,
  SK: 'UPCOMING',
});

function slotItem(s: SlotRecord) {
  return {
    ...slotKey(s.id),
    ...s,
    GSI1PK: SLOTS(s.connecteurId),
    GSI1SK: `${s.startsAt}#${s.id}`,
    // Sparse index: only open slots can be booked, so only they are listed to PMEs.
    ...(s.status === 'OPEN' ? { GSI2PK: OPEN_SLOTS(s.connecteurId), GSI2SK: `${s.startsAt}#${s.id}` } : {}),
  };
}

function appointmentItem(a: AppointmentRecord) {
  return {
    ...appointmentKey(a.id),
    ...a,
    GSI1PK: CONNECTEUR_APPOINTMENTS(a.connecteurId),
    GSI1SK: `${a.startsAt}#${a.id}`,
    GSI2PK: COMPANY_APPOINTMENTS(a.companyId),
    GSI2SK: `${a.startsAt}#${a.id}`,
  };
}

export class AppointmentStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  commit(parts: TransactPart[]): Promise<void> {
    return writeParts(this.db, parts);
  }

  slotParts(slots: SlotRecord[]): TransactPart[] {
    return slots.map((s) => ({
      item: {
        Put: {
          TableName: this.tableName,
          Item: slotItem(s),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    }));
  }

  /** The notifications and reminders of a change, in its transaction. */
  noticeParts(notices: Notices, at: string): TransactPart[] {
    return noticeParts(notices, { tableName: this.tableName, at });
  }

  /** A reminder of an appointment applies while it stays booked. */
  stillBookedGuard(a: AppointmentRecord): ReminderGuard {
    return {
      key: appointmentKey(a.id),
      condition: '#status = :booked',
      names: { '#status': 'status' },
      values: { ':booked': 'BOOKED' },
    };
  }

  /**
   * Booking: the slot goes from OPEN to BOOKED under the condition `status = OPEN`, with the appointment, in one
   * transaction. Of concurrent bookings of one slot exactly one commits; the others fail their condition: CONFLICT.
   * The company takes the guard of the pair (company, connecteur) in the same transaction, unless it still holds it
   * for an appointment that has not started: of concurrent bookings of one connecteur by one company, one commits.
   */
  bookingParts(slot: SlotRecord, appointment: AppointmentRecord, now: string): TransactPart[] {
    return [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: {
              ...upcomingGuardKey(appointment.companyId, appointment.connecteurId),
              appointmentId: appointment.id,
              startsAt: appointment.startsAt,
            },
            ConditionExpression: 'attribute_not_exists(PK) OR startsAt <= :now',
            ExpressionAttributeValues: { ':now': now },
          },
        },
        onConditionFailed: () =>
          conflict(
            'Vous avez déjà un rendez-vous à venir avec ce connecteur : annulez-le, ou attendez qu’il ait eu lieu, avant d’en réserver un autre.',
          ),
      },
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: slotItem({ ...slot, status: 'BOOKED', appointmentId: appointment.id }),
            ConditionExpression: '#status = :open',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':open': 'OPEN' },
          },
        },
        onConditionFailed: () => conflict('Ce créneau vient d’être réservé par quelqu’un d’autre.'),
      },
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: appointmentItem(appointment),
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
      },
    ];
  }

  /** Replaces an appointment read at `previous.version`. */
  appointmentPart(previous: AppointmentRecord, next: AppointmentRecord): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: appointmentItem(next),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': previous.version },
        },
      },
      onConditionFailed: () =>
        conflict('Ce rendez-vous a été modifié entre-temps : rechargez-le puis réessayez.'),
    };
  }

  /** Cancellation: the company may book this connecteur again (the guard goes, if this appointment holds it). */
  guardReleasePart(a: Pick<AppointmentRecord, 'id' | 'companyId' | 'connecteurId'>): TransactPart {
    return {
      item: {
        Delete: {
          TableName: this.tableName,
          Key: upcomingGuardKey(a.companyId, a.connecteurId),
          // Appointments booked before the guard existed hold none.
          ConditionExpression: 'attribute_not_exists(PK) OR appointmentId = :appointment',
          ExpressionAttributeValues: { ':appointment': a.id },
        },
      },
      onConditionFailed: () =>
        conflict('Ce rendez-vous a été modifié entre-temps : rechargez-le puis réessayez.'),
    };
  }

  /** Frees the slot an appointment held (cancellation): open again, listed again, if it still holds it. */
  releasePart(a: Pick<AppointmentRecord, 'id' | 'slotId' | 'connecteurId' | 'startsAt'>): TransactPart {
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: slotKey(a.slotId),
          UpdateExpression: 'SET #status = :open, GSI2PK = :pk, GSI2SK = :sk REMOVE appointmentId',
          ConditionExpression: 'appointmentId = :appointment',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':open': 'OPEN',
            ':pk': OPEN_SLOTS(a.connecteurId),
            ':sk': `${a.startsAt}#${a.slotId}`,
            ':appointment': a.id,
          },
        },
      },
      onConditionFailed: () =>
        conflict('Ce créneau a été modifié entre-temps : rechargez-le puis réessayez.'),
    };
  }

  async slot(id: string): Promise<SlotRecord | undefined> {
    return getRecord<SlotRecord>(this.db, this.tableName, slotKey(id), false);
  }

  async slots(ids: readonly string[]): Promise<SlotRecord[]> {
    return batchGetRecords<SlotRecord>(this.db, this.tableName, ids.map(slotKey));
  }

  async appointment(id: string): Promise<AppointmentRecord | undefined> {
    return getRecord<AppointmentRecord>(this.db, this.tableName, appointmentKey(id), false);
  }

  async appointments(ids: readonly string[]): Promise<AppointmentRecord[]> {
    return batchGetRecords<AppointmentRecord>(this.db, this.tableName, ids.map(appointmentKey));
  }

  /** A connecteur's slots overlapping [from, to): those starting in [from − longest slot, to). */
  async slotsBetween(connecteurId: string, from: string, to: string): Promise<SlotRecord[]> {
    return queryRecords<SlotRecord>(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': SLOTS(connecteurId), ':from': from, ':to': to },
    });
  }

  /** Slots in time order from `from`; `openOnly` lists the bookable ones. */
  async slotsOf(
    connecteurId: string,
    openOnly: boolean,
    from: string,
    limit: number,
    after?: Position,
  ): Promise<Page<SlotRecord>> {
    const index = openOnly ? 'GSI2' : 'GSI1';
    const pk = openOnly ? OPEN_SLOTS(connecteurId) : SLOTS(connecteurId);
    return queryPage<SlotRecord>(
      this.db,
      {
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression: `${index}PK = :pk AND ${index}SK >= :from`,
        ExpressionAttributeValues: { ':pk': pk, ':from': from },
      },
      {
        limit,
        startKey: after?.id
          ? { ...slotKey(after.id), [`${index}PK`]: pk, [`${index}SK`]: after.sk ?? '' }
          : undefined,
      },
    );
  }

  /** Appointments of a connecteur or of a company in time order from `from` (ascending) or up to it (descending). */
  async appointmentsOf(
    owner: { connecteurId: string } | { companyId: string },
    range: { from: string; order: 'ASC' } | { until: string; order: 'DESC' },
    limit: number,
    after?: Position,
  ): Promise<Page<AppointmentRecord>> {
    const [index, pk] =
      'connecteurId' in owner
        ? (['GSI1', CONNECTEUR_APPOINTMENTS(owner.connecteurId)] as const)
        : (['GSI2', COMPANY_APPOINTMENTS(owner.companyId)] as const);
    return queryPage<AppointmentRecord>(
      this.db,
      {
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression: `${index}PK = :pk AND ${index}SK ${range.order === 'ASC' ? '>=' : '<'} :bound`,
        ExpressionAttributeValues: { ':pk': pk, ':bound': range.order === 'ASC' ? range.from : range.until },
        ScanIndexForward: range.order === 'ASC',
      },
      {
        limit,
        startKey: after?.id
          ? { ...appointmentKey(after.id), [`${index}PK`]: pk, [`${index}SK`]: after.sk ?? '' }
          : undefined,
      },
    );
  }
}

export const slotPosition = (s: SlotRecord): Position => ({ id: s.id, sk: `${s.startsAt}#${s.id}` });
export const appointmentPosition = (a: AppointmentRecord): Position => ({
  id: a.id,
  sk: `${a.startsAt}#${a.id}`,
});

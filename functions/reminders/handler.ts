import { systemClock } from '../shared/clock.js';
import { DEFAULT_TABLE_NAME } from '../shared/config.js';
import { createDocumentClient } from '../shared/dynamo.js';
import { logger } from '../shared/logger.js';
import { sweepReminders } from './sweep.js';

// Created once per container. The function has no caller but the schedule: no input is read.
const tableName = process.env.REMINDERS_TABLE_NAME || DEFAULT_TABLE_NAME;
const db = createDocumentClient({ awsRegion: process.env.AWS_REGION || 'eu-west-3' });

/** AWS Lambda entry point of the reminder sweep (EventBridge rule every 15 minutes, infra/reminders.ts). */
export const handler = async () => {
  const report = await sweepReminders({ db, tableName, clock: systemClock });
  logger.info('reminders swept', report);
  return report;
};

import { systemClock } from '../shared/clock.js';
import { DEFAULT_TABLE_NAME } from '../shared/config.js';
import { createDocumentClient } from '../shared/dynamo.js';
import { refreshPublishedAggregates } from './refresh.js';

// Created once per container. The function has no caller but the schedule: no input is read.
const tableName = process.env.PUBLICATION_TABLE_NAME || DEFAULT_TABLE_NAME;
const db = createDocumentClient({ awsRegion: process.env.AWS_REGION || 'eu-west-3' });

/** AWS Lambda entry point of the scheduled refresh (EventBridge rule, infra/schedules.ts). */
export const handler = () => refreshPublishedAggregates({ db, tableName, clock: systemClock });

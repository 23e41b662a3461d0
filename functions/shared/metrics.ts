import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** CloudWatch metrics (embedded metric format) on AWS; nothing locally, where stdout is for people. */
const metrics = new Metrics({ namespace: 'CroissanceConnectee', serviceName: 'croissance-connectee' });

export type OperationFigures = { durationMs: number; dynamodbRequests: number; errorCodes: string[] };

export function publishOperationMetrics(env: 'local' | 'aws', figures: OperationFigures): void {
  if (env !== 'aws') return;
  metrics.addMetric('Operations', MetricUnit.Count, 1);
  metrics.addMetric('OperationDuration', MetricUnit.Milliseconds, figures.durationMs);
  metrics.addMetric('DynamoDbRequests', MetricUnit.Count, figures.dynamodbRequests);
  metrics.addMetric('OperationErrors', MetricUnit.Count, figures.errorCodes.length);
  if (figures.errorCodes.includes('INTERNAL_SERVER_ERROR'))
    metrics.addMetric('InternalErrors', MetricUnit.Count, 1);
  metrics.publishStoredMetrics();
}

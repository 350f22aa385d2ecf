/**
 * The one definition of Heard's DynamoDB table. The CDK data stack and local table creation
 * (DynamoDB Local, tests) both build from this, so they cannot drift apart. No AWS SDK here.
 */
export const TABLE_SCHEMA = {
  /**
   * Physical name used locally; in AWS the CDK lets CloudFormation name it. The suffix changes
   * when the item layout changes, so an old local demo is left alone and a fresh one is seeded.
   */
  localTableName: 'heard-v3',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  /** Epoch seconds, derived from the day of submission (never the time) plus the retention period. */
  timeToLiveAttribute: 'expiresAt',
  billing: 'PAY_PER_REQUEST',
} as const;

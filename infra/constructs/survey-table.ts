import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../../functions/store/table-schema';

const ATTRIBUTE_TYPES = {
  S: dynamodb.AttributeType.STRING,
  N: dynamodb.AttributeType.NUMBER,
  B: dynamodb.AttributeType.BINARY,
} as const;

const BILLING_MODES = {
  PAY_PER_REQUEST: dynamodb.BillingMode.PAY_PER_REQUEST,
} as const;

/**
 * Heard's single table. Built from TABLE_SCHEMA so the deployed table and the one created for
 * DynamoDB Local cannot drift apart. The table holds pupils' survey responses, so everything here
 * leans towards never losing it by accident: retained on stack deletion, deletion protection on,
 * point-in-time recovery on. TTL still removes responses once their retention period ends.
 */
export class SurveyTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.table = new dynamodb.Table(this, 'Table', {
      // No tableName: CloudFormation names it, so a replacement never collides with the retained original.
      partitionKey: {
        name: TABLE_SCHEMA.partitionKey.name,
        type: ATTRIBUTE_TYPES[TABLE_SCHEMA.partitionKey.type],
      },
      sortKey: {
        name: TABLE_SCHEMA.sortKey.name,
        type: ATTRIBUTE_TYPES[TABLE_SCHEMA.sortKey.type],
      },
      billingMode: BILLING_MODES[TABLE_SCHEMA.billing],
      timeToLiveAttribute: TABLE_SCHEMA.timeToLiveAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The aws/dynamodb KMS key: key usage shows up in CloudTrail, with no key of our own to manage.
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}

import { Stack, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { SurveyTable } from './constructs/survey-table';

/**
 * The stateful half of Heard: only the table. Kept apart from the app stack so the app can be
 * torn down and redeployed freely without ever putting pupil data in the blast radius.
 */
export class HeardDataStack extends Stack {
  readonly table: dynamodb.ITable;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, { terminationProtection: true, ...props });
    this.table = new SurveyTable(this, 'Survey').table;
  }
}

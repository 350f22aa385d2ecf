import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_SCHEMA } from '../../functions/store/table-schema';
import { HeardDataStack } from '../../infra/data-stack';

describe('HeardDataStack', () => {
  let stack: HeardDataStack;
  let template: Template;
  let tableProps: Record<string, unknown>;

  beforeAll(() => {
    stack = new HeardDataStack(new App(), 'Heard-Data', { env: { region: 'eu-west-2' } });
    template = Template.fromStack(stack);
    const tables = Object.values(template.findResources('AWS::DynamoDB::Table'));
    expect(tables).toHaveLength(1);
    tableProps = tables[0]!.Properties as Record<string, unknown>;
  });

  it('holds the table and nothing else', () => {
    const types = Object.values(template.toJSON().Resources as Record<string, { Type: string }>)
      .map((r) => r.Type)
      .filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types).toEqual(['AWS::DynamoDB::Table']);
  });

  it('builds its keys from TABLE_SCHEMA', () => {
    expect(tableProps.KeySchema).toEqual([
      { AttributeName: TABLE_SCHEMA.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: TABLE_SCHEMA.sortKey.name, KeyType: 'RANGE' },
    ]);
    expect(tableProps.AttributeDefinitions).toEqual([
      { AttributeName: TABLE_SCHEMA.partitionKey.name, AttributeType: TABLE_SCHEMA.partitionKey.type },
      { AttributeName: TABLE_SCHEMA.sortKey.name, AttributeType: TABLE_SCHEMA.sortKey.type },
    ]);
  });

  it('bills on demand, as TABLE_SCHEMA says', () => {
    expect(TABLE_SCHEMA.billing).toBe('PAY_PER_REQUEST');
    expect(tableProps.BillingMode).toBe('PAY_PER_REQUEST');
    expect(tableProps.ProvisionedThroughput).toBeUndefined();
  });

  it('expires items on the TTL attribute from TABLE_SCHEMA', () => {
    expect(tableProps.TimeToLiveSpecification).toEqual({
      AttributeName: TABLE_SCHEMA.timeToLiveAttribute,
      Enabled: true,
    });
  });

  it('has point-in-time recovery, deletion protection and AWS-managed KMS encryption', () => {
    expect(tableProps.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(tableProps.DeletionProtectionEnabled).toBe(true);
    // SSEEnabled with no KMSMasterKeyId means the AWS-managed aws/dynamodb key.
    expect(tableProps.SSESpecification).toEqual({ SSEEnabled: true });
  });

  it('lets CloudFormation name the table rather than hard-coding the local name', () => {
    expect(tableProps.TableName).toBeUndefined();
  });

  it('retains the table on stack deletion and on replacement', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('has termination protection', () => {
    expect(stack.terminationProtection).toBe(true);
  });
});

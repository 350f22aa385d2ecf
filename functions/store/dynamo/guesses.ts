import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../keys';
import type { Store } from '../types';
import type { Table } from './table';

/** The guessing limit's items: a count and a set of working codes per address and hour. */
export const guessStore = ({ db, tableName }: Table): Pick<Store, 'countCodeAttempt' | 'rememberWorkingCode'> => ({
  async countCodeAttempt(slot) {
    try {
      const { Attributes } = await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.guesses(slot.address),
          UpdateExpression: 'ADD tries :one SET expiresAt = :expires',
          ConditionExpression: 'attribute_not_exists(working) OR NOT contains(working, :code)',
          ExpressionAttributeValues: { ':one': 1, ':expires': slot.expiresAt, ':code': slot.code },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(Attributes?.tries ?? 1);
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return 'known';
      throw err;
    }
  },
  async rememberWorkingCode(slot) {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.guesses(slot.address),
        UpdateExpression: 'ADD tries :minus, working :code SET expiresAt = :expires',
        ExpressionAttributeValues: { ':minus': -1, ':code': new Set([slot.code]), ':expires': slot.expiresAt },
      }),
    );
  },
});

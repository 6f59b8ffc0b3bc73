import { describe, expect, it } from 'vitest';
import { TABLE_KEYS } from '../../../../lambdas/adapters/dynamodb/keys';
import { tableDefinition } from '../../../../lambdas/adapters/dynamodb/table';

describe('Function: tableDefinition', () => {
  it('defines the keys and indexes of TABLE_KEYS, on demand', () => {
    // Act
    const definition = tableDefinition('news-digest-local');

    // Assess
    expect(definition.TableName).toBe('news-digest-local');
    expect(definition.BillingMode).toBe('PAY_PER_REQUEST');
    expect(definition.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ]);
    expect(
      definition.GlobalSecondaryIndexes?.map((i) => [i.IndexName, i.KeySchema?.map((k) => k.AttributeName)]),
    ).toEqual([
      [TABLE_KEYS.gsi1.name, [TABLE_KEYS.gsi1.partitionKey, TABLE_KEYS.gsi1.sortKey]],
      [TABLE_KEYS.gsi2.name, [TABLE_KEYS.gsi2.partitionKey, TABLE_KEYS.gsi2.sortKey]],
    ]);
    expect(definition.AttributeDefinitions).toHaveLength(6);
  });
});

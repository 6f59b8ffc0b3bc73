/** The DynamoDB document client, configured once for every adapter. */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** A document client; the endpoint comes from AWS_ENDPOINT_URL_DYNAMODB locally, from the region on Lambda. */
export function createDocumentClient(config: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    // Optional model fields are left out rather than stored as NULL.
    marshallOptions: { removeUndefinedValues: true },
  });
}

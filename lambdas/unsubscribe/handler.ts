import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { DynamoDbSubscriberStore } from '../adapters/dynamodb/subscriber-store';
import { jsonLogger } from '../adapters/json-logger';
import { keySourceFor } from '../adapters/secret-key';
import { logConfig, unsubscribeConfig } from '../config';
import { unsubscribe } from './http';

// Created once per container: the key is fetched on first use and cached for later invocations.
const config = unsubscribeConfig(process.env);
const logger = jsonLogger('news-digest-unsubscribe', logConfig(process.env));
const deps = {
  subscribers: new DynamoDbSubscriberStore(createDocumentClient(), config.tableName),
  key: keySourceFor(config.unsubscribeKey),
  clock: { now: () => new Date() },
};

/** Function URL handler: GET confirms, POST (and RFC 8058 one-click POST) unsubscribes. */
export async function handler(
  event: APIGatewayProxyEventV2,
  context?: Context,
): Promise<APIGatewayProxyStructuredResultV2> {
  if (context) logger.addContext(context);
  const response = await unsubscribe(event, deps);
  logger.info('unsubscribe request', {
    method: event.requestContext.http.method,
    status: response.statusCode,
  });
  return response;
}

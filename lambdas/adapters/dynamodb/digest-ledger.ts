/** The digest ledger in the single table: SUB#<email>/DIGEST#<period>, claimed by conditional writes. */
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../errors';
import type { ClaimResult, DigestLedger, DigestLedgerEntry } from '../../ports';
import { keys, TABLE_KEYS } from './keys';
import { isConditionFailure, storageError } from './sdk-errors';
import { normalizeEmail } from './subscriber-store';

/** Ledger entries expire from the table (TTL attribute `expiresAt`) after this long. */
const RETENTION_SECONDS = 400 * 24 * 3600;

function fromItem(item: Record<string, unknown>): DigestLedgerEntry {
  const { PK: _pk, SK: _sk, type: _type, [TABLE_KEYS.timeToLive]: _expires, ...entry } = item;
  return entry as unknown as DigestLedgerEntry;
}

/** DigestLedger on DynamoDB. */
export class DynamoDbDigestLedger implements DigestLedger {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(email: string, period: string): Promise<DigestLedgerEntry | null> {
    try {
      const out = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: keys.digestLedger(normalizeEmail(email), period),
          ConsistentRead: true,
        }),
      );
      return out.Item ? fromItem(out.Item) : null;
    } catch (error) {
      throw storageError('Reading the digest ledger', error);
    }
  }

  async claim(
    email: string,
    period: string,
    claim: { claimId: string; now: Date; leaseMs: number },
  ): Promise<ClaimResult> {
    const address = normalizeEmail(email);
    const entry: DigestLedgerEntry = {
      email: address,
      period,
      status: 'sending',
      claimId: claim.claimId,
      leaseUntil: new Date(claim.now.getTime() + claim.leaseMs).toISOString(),
    };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...entry,
            ...keys.digestLedger(address, period),
            type: 'digest',
            [TABLE_KEYS.timeToLive]: Math.floor(claim.now.getTime() / 1000) + RETENTION_SECONDS,
          },
          // New, or a 'sending' claim whose run outlived its lease (it crashed or timed out).
          ConditionExpression: 'attribute_not_exists(PK) OR (#status = :sending AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sending': 'sending', ':now': claim.now.toISOString() },
        }),
      );
      return { outcome: 'claimed' };
    } catch (error) {
      if (!isConditionFailure(error)) throw storageError('Claiming a digest', error);
    }
    const current = await this.get(address, period);
    // Released between our write and our read: let the caller try again on its next run.
    if (!current) throw new ConflictError(`Digest ${period} for ${address} changed while claiming`);
    return { outcome: current.status === 'sent' ? 'sent' : 'busy', entry: current };
  }

  async complete(
    email: string,
    period: string,
    sent: { claimId: string; messageId: string; at: string; sentVersions: Record<string, number> },
  ): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.digestLedger(normalizeEmail(email), period),
          UpdateExpression: 'SET #status = :sent, messageId = :id, sentAt = :at, sentVersions = :versions',
          ConditionExpression: 'claimId = :claim',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':sent': 'sent',
            ':id': sent.messageId,
            ':at': sent.at,
            ':versions': sent.sentVersions,
            ':claim': sent.claimId,
          },
        }),
      );
    } catch (error) {
      throw storageError('Completing a digest', error);
    }
  }

  async release(email: string, period: string, claimId: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.digestLedger(normalizeEmail(email), period),
          ConditionExpression: 'claimId = :claim AND #status = :sending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':claim': claimId, ':sending': 'sending' },
        }),
      );
    } catch (error) {
      // Someone else holds it now (our lease ran out): theirs to finish.
      if (isConditionFailure(error)) return;
      throw storageError('Releasing a digest claim', error);
    }
  }
}

/**
 * Single-table key design (documented in README, "Table design").
 *
 * | item              | PK                  | SK                 | GSI1PK / GSI1SK                      | GSI2PK / GSI2SK            |
 * | ----------------- | ------------------- | ------------------ | ------------------------------------ | -------------------------- |
 * | article record    | ART#<key>           | ART                |                                      |                            |
 * | story             | STORY#<id>          | STORY              | STORYMONTH#<yyyy-mm> / <date>#<id>   |                            |
 * | merged-away story | STORY#<id>          | STORY (movedTo)    | as its head had (the digest follows) |                            |
 * | story source part | STORY#<id>          | SRC#<articleKey>#<print> |                                |                            |
 * | story entity index| ENT#<entityKey>     | <date>#<storyId>   |                                      |                            |
 * | background mention| BGM#<entityKey>     | <periodStart>#<storyId> |                                 |                            |
 * | story source index| SRC#<articleKey>    | <storyId>          |                                      |                            |
 * | story last update | STORY#<id>          | SEEN               | STORYMONTH#<yyyy-mm> / <date>#<id>   |                            |
 * | subscriber        | SUB#<email>         | SUB                |                                      | SUBSCRIBERS / <email>      |
 * | digest ledger     | SUB#<email>         | DIGEST#<period>    |                                      |                            |
 *
 * Candidates for a new article: one capped Query per heaviest term on ENT#t:<term> with
 * SK BETWEEN its publication window (names and kind-of-event keys serve background links),
 * so the work per lookup does not grow with the table.
 * Background links run the same way on BGM#<key> (the earlier events a story's articles
 * mention), so a story saved later still finds the stories that pointed at it first.
 * Index items are written after their story and may be stale (a story's entries it no longer
 * files stay): readers re-check the story, and count a story they read by its own entries.
 */
export const TABLE_KEYS = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Stories by month: its one query reads keys only, so the story items are not copied into it. */
  gsi1: { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK', projection: 'KEYS_ONLY' },
  /** Subscribers: listing reads whole (small) items. */
  gsi2: { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: 'ALL' },
  /** Epoch seconds after which DynamoDB deletes the item (digest ledger entries). */
  timeToLive: 'expiresAt',
} as const;

export const keys = {
  article: (key: string) => ({ PK: `ART#${key}`, SK: 'ART' }),
  story: (id: string) => ({ PK: `STORY#${id}`, SK: 'STORY' }),
  /** One source of a story with its outlet's view; `print` tells versions of its content apart. */
  storyPart: (id: string, articleKey: string, print: string) => ({
    PK: `STORY#${id}`,
    SK: `SRC#${articleKey}#${print}`,
  }),
  storyByMonth: (date: string, id: string) => ({
    GSI1PK: `STORYMONTH#${date.slice(0, 7)}`,
    GSI1SK: `${date}#${id}`,
  }),
  entityIndex: (entityKey: string, date: string, storyId: string) => ({
    PK: `ENT#${entityKey}`,
    SK: `${date}#${storyId}`,
  }),
  backgroundMention: (entityKey: string, periodStart: string, storyId: string) => ({
    PK: `BGM#${entityKey}`,
    SK: `${periodStart}#${storyId}`,
  }),
  /** A second month-index entry of a story, under its last update, so digests find stories that changed late (none when that is the head's day). */
  storySeen: (id: string) => ({ PK: `STORY#${id}`, SK: 'SEEN' }),
  storySource: (articleKey: string, storyId: string) => ({ PK: `SRC#${articleKey}`, SK: storyId }),
  subscriber: (email: string) => ({ PK: `SUB#${email}`, SK: 'SUB' }),
  subscriberList: (email: string) => ({ GSI2PK: 'SUBSCRIBERS', GSI2SK: email }),
  digestLedger: (email: string, period: string) => ({ PK: `SUB#${email}`, SK: `DIGEST#${period}` }),
} as const;

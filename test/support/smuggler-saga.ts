import type { ArticleSpec } from './article-builder';

/**
 * A smuggler's arrest at a border post and his sentencing six weeks on, in our own words: a later
 * development and the earlier story it grows from, as the digest's thread tests need them. Tests
 * set their own keys, outlets and leads.
 */
export const SMUGGLER_ARREST: ArticleSpec = {
  key: 'arrest.txt',
  outlet: 'Valley Herald',
  published: '2024-03-05T09:00:00Z',
  headline: 'Customs officers arrest Dario Fenwick at the Brackley crossing',
  type: 'arrest',
  action: 'arrested at the Brackley crossing',
  people: [['Dario Fenwick', 'lorry driver']],
  location: 'Brackley',
  date: '2024-03-04',
  lead: 'Customs officers arrested lorry driver Dario Fenwick at the Brackley crossing on Monday after finding rare parrots hidden in crates of melons.',
};

export const SMUGGLER_SENTENCING: ArticleSpec = {
  ...SMUGGLER_ARREST,
  published: '2024-04-16T09:00:00Z',
  headline: 'Parrot smuggler Dario Fenwick jailed for two years',
  type: 'ruling',
  action: 'jailed for two years',
  date: '2024-04-15',
  lead: 'Lorry driver Dario Fenwick, arrested at the Brackley crossing with rare parrots hidden in crates of melons, was jailed for two years on Monday.',
};

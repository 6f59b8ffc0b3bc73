/** Stories: merging reports of one event, and linking stories to the earlier ones they grow from. */
export {
  backgroundQuery,
  linkBackground,
  mentionScore,
  referencingQuery,
  type StoryIndexEntries,
  storyIndexEntries,
} from './background';
export { pickCandidates, type StoryCandidateQuery } from './candidates';
export { entityKey, isCountryKey, isDistinctiveOrganization, placeKey } from './entity-key';
export {
  arrivalQuery,
  type CandidateVerdict,
  CONTENT_THRESHOLD,
  candidateQuery,
  chooseStory,
  type StoryChoice,
  type StoryMatch,
  scoreMatch,
  searchesAgain,
  storiesMatch,
  storyQuery,
} from './match';
export { largestFirst, REASSIGN_MARGIN, type Stray, straysInto } from './reassign';
export {
  addSource,
  canonicalEvent,
  holdsArticle,
  mergeStories,
  moveSource,
  newStory,
  removeSource,
  STORY_LIMITS,
  sourceFromArticle,
  storyIdFor,
  storyPeriod,
} from './story';
export { mergeSurvivor } from './survivor';

/** Step 5: the digest item the model wrote, on the extractive item's headline and sources; null when nothing held. */
import type { DigestItem } from '../types';
import type { CheckedDraft } from './04-check';

/** The item with the model's verified paragraphs, or null (the caller keeps the extractive item) when no What's new survived. */
export function groundedItem(extractive: DigestItem, checked: CheckedDraft): DigestItem | null {
  if (checked.whatsNew.length === 0) return null;
  return {
    ...extractive,
    whatsNew: checked.whatsNew.map((c) => c.text).join(' '),
    whatsNewClauses: checked.whatsNew,
    background: checked.background.length > 0 ? checked.background.map((c) => c.text).join(' ') : null,
    backgroundClauses: checked.background,
    verdicts: checked.verdicts,
  };
}

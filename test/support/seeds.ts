import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared seed articles live beside the repo, never inside it: they belong to their publishers. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
export const SEEDS_PRESENT = existsSync(SEEDS_DIR);
export const SEEDS_SKIP_REASON = `seed articles not found at ${SEEDS_DIR} (../shared/seeds beside the repo); skipping`;

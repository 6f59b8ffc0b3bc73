import { NewsDigestError } from '../../errors';

/** A command the user got wrong: the CLI prints it with the command's help and exits 2. */
export class UsageError extends NewsDigestError {}

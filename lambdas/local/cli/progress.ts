/** Progress and log lines for humans: always on stderr, so `--json` keeps stdout to one document. */
export class Progress {
  constructor(
    private readonly stderr: NodeJS.WritableStream,
    private readonly quiet: boolean,
  ) {}

  info(message: string): void {
    if (!this.quiet) this.stderr.write(`${message}\n`);
  }

  /** A counter that rewrites one line on a terminal and prints every tenth step elsewhere. */
  counter(label: string, total: number): (done: number) => void {
    const tty = (this.stderr as NodeJS.WriteStream).isTTY === true;
    return (done) => {
      if (this.quiet) return;
      if (tty) {
        this.stderr.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
      } else if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0) {
        this.stderr.write(`${label} ${done}/${total}\n`);
      }
    };
  }
}

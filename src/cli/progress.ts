/** A progress line on a terminal's standard error: articles done, articles per second, time left. */

/** Redraws at most this often, in milliseconds. */
const REDRAW_MS = 100;

export class Progress {
  private done_ = 0;
  private total: number | undefined;
  private readonly started = Date.now();
  private drawn = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  setTotal(total: number): void {
    this.total = total;
  }

  tick(): void {
    this.done_ += 1;
    const now = Date.now();
    if (now - this.drawn >= REDRAW_MS) {
      this.drawn = now;
      this.draw(now);
    }
  }

  private draw(now: number): void {
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.done_ / seconds;
    let line = `${this.done_}${this.total === undefined ? '' : `/${this.total}`} articles · ${rate.toFixed(1)}/s`;
    if (this.total !== undefined && rate > 0) {
      const width = 20;
      const filled = Math.round((this.done_ / Math.max(1, this.total)) * width);
      const left = Math.max(0, (this.total - this.done_) / rate);
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line} · ${Math.ceil(left)} s left`;
    }
    this.stream.write(`\r${line}\u001b[K`);
  }

  done(): void {
    if (this.drawn > 0) this.stream.write('\r\u001b[K');
  }
}

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { FilesService } from './files.service';

/** How often the app looks for unlinked uploads past their day. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** The first sweep, soon after a start: an app restarted often must still sweep. */
const FIRST_SWEEP_MS = 60 * 1000;

/** Runs FilesService.sweep on an interval while the app runs. */
@Injectable()
export class FileSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FileSweeper.name);
  private first: NodeJS.Timeout | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly files: FilesService) {}

  onApplicationBootstrap(): void {
    // The timers alone must not keep the process alive.
    this.first = setTimeout(() => void this.runOnce(), FIRST_SWEEP_MS).unref();
    this.timer = setInterval(() => void this.runOnce(), SWEEP_INTERVAL_MS).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.first);
    clearInterval(this.timer);
    await this.running;
  }

  private async runOnce(): Promise<void> {
    if (this.running) return;
    this.running = this.files
      .sweep()
      .then((removed) => this.logger.log(`file sweep: removed ${removed} unlinked uploads`))
      .catch((error: unknown) => this.logger.error(`file sweep failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}

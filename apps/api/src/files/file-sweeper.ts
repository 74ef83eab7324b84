import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { FilesService } from './files.service';

/** How often the app looks for unlinked uploads past their day. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** Runs FilesService.sweep on an interval while the app runs. */
@Injectable()
export class FileSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FileSweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly files: FilesService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runOnce(), SWEEP_INTERVAL_MS);
    // The interval alone must not keep the process alive.
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async runOnce(): Promise<void> {
    if (this.running) return;
    this.running = this.files
      .sweep()
      .then((removed) => {
        if (removed > 0) this.logger.log(`removed ${removed} unlinked uploads`);
      })
      .catch((error: unknown) => this.logger.error(`file sweep failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}

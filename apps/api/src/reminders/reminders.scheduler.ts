// Runs the reminder job every REGIE_REMINDERS_INTERVAL_MS (a day by default), the
// first time a minute after start so that a restart loop cannot hammer it. Several
// processes may run it: the ledger keeps each reminder to one.
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RemindersService } from './reminders.service';

const FIRST_RUN_DELAY_MS = 60_000;

@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: RemindersService,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.remindersIntervalMs;
    if (interval > 0) this.schedule(Math.min(FIRST_RUN_DELAY_MS, interval));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.reminders
        .runOnce()
        .then(
          () => undefined,
          (error: unknown) =>
            this.logger.error(
              `reminder run failed: ${error instanceof Error ? error.message : String(error)}`,
            ),
        )
        .finally(() => {
          this.running = undefined;
          this.schedule(this.config.remindersIntervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}

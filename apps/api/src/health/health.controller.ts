import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { RouteOperation } from '../auth/route-operation.decorator';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 200 when the database answers, 503 otherwise (RUNTIME.md). */
  @Get()
  @RouteOperation('health')
  async health(@Res() res: Response): Promise<void> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('database timeout')), 5_000).unref(),
        ),
      ]);
      res.status(200).json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 503, statusMessage: 'The database does not answer.' });
    }
  }
}

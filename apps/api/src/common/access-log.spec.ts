import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadConfig } from '../config/app-config';
import { accessLogOptions } from './access-log';

const req = {
  method: 'GET',
  url: '/api/files/abc?expires=1&signature=secret',
  headers: { authorization: 'Bearer secret', cookie: 'secret' },
} as unknown as IncomingMessage;
const res = (statusCode: number) => ({ statusCode }) as ServerResponse;

describe('the access log', () => {
  it('writes method, path and status, never headers or the query string', () => {
    const { serializers } = accessLogOptions(loadConfig({}));
    const line = JSON.stringify({ req: serializers!.req(req), res: serializers!.res(res(200)) });
    expect(JSON.parse(line)).toEqual({
      req: { method: 'GET', path: '/api/files/abc' },
      res: { status: 200 },
    });
    expect(line).not.toContain('secret');
  });

  it('samples successes as REGIE_ACCESS_LOG_PERCENT says and always logs failures', () => {
    const none = accessLogOptions(loadConfig({ REGIE_ACCESS_LOG_PERCENT: '0' })).customLogLevel!;
    const all = accessLogOptions(loadConfig({})).customLogLevel!;
    expect(none(req, res(200), undefined)).toBe('silent');
    expect(all(req, res(200), undefined)).toBe('info');
    for (const level of [none, all]) {
      expect(level(req, res(404), undefined)).toBe('warn');
      expect(level(req, res(503), undefined)).toBe('error');
      expect(level(req, res(200), new Error('socket hang up'))).toBe('error');
    }
  });
});

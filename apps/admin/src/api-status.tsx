// Whether the API answers: GET /health and the ApiStatus GraphQL query, side by side.
import { ApiStatusDocument } from '@regie/graphql-client';
import { useCallback, useEffect, useState } from 'react';
import { type CombinedError, useQuery } from 'urql';
import { type MessageKey, useI18n } from './i18n';

type Check =
  | { state: 'checking' }
  | { state: 'ok'; milliseconds?: number }
  | { state: 'failed'; reason: Reason };

/** Why a check failed: a dictionary key, or the server's own (already localised) message. */
type Reason = { key: MessageKey; params?: Record<string, string | number> } | { message: string };

const healthTimeoutMs = 10_000;

function useHealthCheck(attempt: number): { check: Check; checkedAt?: Date } {
  const [result, setResult] = useState<{ check: Check; checkedAt?: Date }>({
    check: { state: 'checking' },
  });

  useEffect(() => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, healthTimeoutMs);
    const started = performance.now();
    setResult({ check: { state: 'checking' } });

    fetch('/health', { headers: { Accept: 'application/json' }, signal: controller.signal })
      .then((response) => {
        const check: Check = response.ok
          ? { state: 'ok', milliseconds: performance.now() - started }
          : {
              state: 'failed',
              reason: { key: 'status.httpError', params: { status: response.status } },
            };
        setResult({ check, checkedAt: new Date() });
      })
      .catch(() => {
        // An abort from our own clean-up is not a result; a timeout is.
        if (controller.signal.aborted && !timedOut) return;
        setResult({
          check: { state: 'failed', reason: { key: 'status.networkError' } },
          checkedAt: new Date(),
        });
      })
      .finally(() => clearTimeout(timer));

    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [attempt]);

  return result;
}

function graphqlReason(error: CombinedError): Reason {
  const status = error.response instanceof Response ? error.response.status : undefined;
  if (error.networkError) {
    return status
      ? { key: 'status.httpError', params: { status } }
      : { key: 'status.networkError' };
  }
  return { message: error.graphQLErrors[0]?.message ?? error.message };
}

export function ApiStatus() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const health = useHealthCheck(attempt);
  const [graphql, reexecuteGraphql] = useQuery({
    query: ApiStatusDocument,
    requestPolicy: 'network-only',
  });

  const graphqlCheck: Check = graphql.fetching
    ? { state: 'checking' }
    : graphql.error
      ? { state: 'failed', reason: graphqlReason(graphql.error) }
      : graphql.data?.__typename === 'Query'
        ? { state: 'ok' }
        : { state: 'checking' };

  const checks = [health.check, graphqlCheck];
  const overall = checks.some((c) => c.state === 'checking')
    ? 'checking'
    : checks.every((c) => c.state === 'ok')
      ? 'ok'
      : 'failed';

  const recheck = useCallback(() => {
    setAttempt((n) => n + 1);
    reexecuteGraphql({ requestPolicy: 'network-only' });
  }, [reexecuteGraphql]);

  const describe = (check: Check): string => {
    if (check.state === 'checking') return t('status.checking');
    if (check.state === 'ok') return t('status.ok');
    return 'key' in check.reason ? t(check.reason.key, check.reason.params) : check.reason.message;
  };

  return (
    <section className="panel" aria-labelledby="api-status-title">
      <h2 id="api-status-title">{t('status.title')}</h2>
      {/* A live region that exists from the start, so a screen reader announces the outcome. */}
      <p className={`status status--${overall}`} role="status">
        <span className="status__icon" aria-hidden="true">
          {overall === 'ok' ? '✓' : overall === 'failed' ? '✕' : '…'}
        </span>
        {overall === 'ok'
          ? t('status.reachable')
          : overall === 'failed'
            ? t('status.unreachable')
            : t('status.checking')}
      </p>
      <dl className="facts">
        <div>
          <dt>
            {t('status.health')} <code>GET /health</code>
          </dt>
          <dd className={`check--${health.check.state}`}>{describe(health.check)}</dd>
        </div>
        <div>
          <dt>
            {t('status.graphql')} <code>POST /graphql</code>
          </dt>
          <dd className={`check--${graphqlCheck.state}`}>{describe(graphqlCheck)}</dd>
        </div>
        {health.check.state === 'ok' && health.check.milliseconds !== undefined && (
          <div>
            <dt>{t('status.responseTime')}</dt>
            <dd>
              {formatNumber(Math.round(health.check.milliseconds), {
                style: 'unit',
                unit: 'millisecond',
                unitDisplay: 'short',
              })}
            </dd>
          </div>
        )}
        {health.checkedAt && (
          <div>
            <dt>{t('status.checkedAt')}</dt>
            <dd>
              <time dateTime={health.checkedAt.toISOString()}>
                {formatDateTime(health.checkedAt)}
              </time>
            </dd>
          </div>
        )}
      </dl>
      {/* Never disabled while checking: that would drop the keyboard focus. */}
      <button type="button" className="button" onClick={recheck}>
        {t('status.recheck')}
      </button>
    </section>
  );
}

// A query's three states in one place: loading (announced), failed (with a way to retry, and
// what was shown before stays), or the content.
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { apiProblem } from '../api/api-problem';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';

export function DataState(props: {
  fetching: boolean;
  error: CombinedError | undefined;
  hasData: boolean;
  retry: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      {props.error && (
        <div className="data-problem">
          <ProblemMessage problem={apiProblem(props.error)} onReload={props.retry} />
          {apiProblem(props.error)?.kind !== 'stale' && (
            <button type="button" className="button button--secondary" onClick={props.retry}>
              {t('action.retry')}
            </button>
          )}
        </div>
      )}
      {props.fetching && !props.hasData && <p role="status">{t('loading')}</p>}
      {props.hasData && props.children}
    </>
  );
}

// The one place a failed request is explained, for forms and pages alike: what happened, and
// what the person can do about it (reload for a stale version, wait when rate limited).
import type { ApiProblem } from '../api/api-problem';
import { useI18n } from '../i18n';

export function ProblemMessage(props: {
  problem: ApiProblem | null;
  /** Field messages from the API that belong to no field on this screen. */
  details?: readonly string[];
  /** Reloads what the screen shows; for STALE_VERSION. Defaults to reloading the page. */
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const { problem } = props;
  if (!problem) return null;

  let title: string;
  let text: string | undefined;
  switch (problem.kind) {
    case 'stale':
      title = t('problem.stale.title');
      text = t('problem.stale.text');
      break;
    case 'conflict':
      title = t('problem.conflict.title');
      text = problem.message;
      break;
    case 'rateLimited':
      title = t('problem.rateLimited.title');
      text = problem.message;
      break;
    case 'network':
      title = t('problem.network.title');
      text = problem.status
        ? t('problem.network.status', { status: problem.status })
        : t('problem.network.text');
      break;
    case 'invalidInput':
      title = t('problem.invalidInput.title');
      text = props.details?.length ? undefined : problem.message;
      break;
    case 'forbidden':
      title = t('problem.forbidden.title');
      text = problem.message;
      break;
    case 'notFound':
      title = t('problem.notFound.title');
      text = problem.message;
      break;
    case 'unauthenticated':
      title = problem.message;
      break;
    case 'internal':
      title = t('problem.internal.title');
      text = problem.message;
      break;
  }

  return (
    <div
      className={`notice notice--${problem.kind === 'stale' ? 'warning' : 'error'}`}
      role="alert"
    >
      <p className="notice__title">{title}</p>
      {text && <p>{text}</p>}
      {props.details && props.details.length > 0 && (
        <ul>
          {props.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {problem.kind === 'stale' && (
        <button
          type="button"
          className="button button--secondary"
          onClick={props.onReload ?? (() => window.location.reload())}
        >
          {t('problem.stale.reload')}
        </button>
      )}
    </div>
  );
}

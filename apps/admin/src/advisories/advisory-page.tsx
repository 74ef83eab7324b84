// One security advisory. A board reads what is going on and "what do we do?" (the advice and
// the products it concerns at that board), and its security contact, FG or admin answers. The
// publishing CERT sees every board's answer, the answers by kind and over time; anyone else
// who may read it sees the counts under the small-count rule.
import { OrganisationKind } from '@regie/domain';
import {
  AdvisoriesAdvisoryDocument,
  AdvisoriesRespondDocument,
  type AdvisoriesDetailFragment,
  type AdvisoriesResponseFragment,
  type AdvisoryResponse,
} from '@regie/graphql-client';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import {
  describedBy,
  FieldMessage,
  FormActions,
  SubmitButton,
  TextAreaField,
} from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { AnswersChart } from './answers-chart';
import { SeverityText, TlpText, useAnswerText } from './advisory-ui';
import './advisories.css';

const RESPONSES: readonly AdvisoryResponse[] = ['NOT_AFFECTED', 'AFFECTED', 'MITIGATED'];

export function AdvisoryPage() {
  const { t } = useI18n();
  const { advisoryId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // Said once: the history entry forgets it, so a reload does not announce it again.
  const [published] = useState(() => (location.state as { published?: number } | null)?.published);
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const [result, reexecute] = useQuery({
    query: AdvisoriesAdvisoryDocument,
    variables: { id: advisoryId },
    requestPolicy: 'cache-and-network',
  });
  const advisory = result.data?.advisory;

  return (
    <>
      <PageHeading title={advisory?.title ?? t('advisories.detail.title')} />
      <p>
        <Link to="/advisories">{t('advisories.detail.back')}</Link>
      </p>
      {published !== undefined && (
        <div className="notice notice--success" role="status">
          <p>{t('advisories.detail.published', { count: published })}</p>
        </div>
      )}
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(result.data)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {advisory ? (
          <AdvisoryDetails advisory={advisory} />
        ) : (
          <p>{t('advisories.detail.notFound')}</p>
        )}
      </DataState>
    </>
  );
}

function AdvisoryDetails({ advisory }: { advisory: AdvisoriesDetailFragment }) {
  const { t, formatDateTime, formatList } = useI18n();
  const { user, current } = useViewer();
  const organisation = current?.organisation;
  const isPublisher = organisation?.id === advisory.publisher.id;
  const own =
    organisation?.kind === OrganisationKind.BOARD
      ? advisory.responses.find((r) => r.board.id === organisation.id)
      : undefined;
  const auditable = organisation && may(user, 'auditEvents', organisation.id);

  return (
    <>
      <dl className="facts panel advisories-facts">
        <div>
          <dt>{t('advisories.detail.publisher')}</dt>
          <dd>{advisory.publisher.name}</dd>
        </div>
        <div>
          <dt>{t('advisories.detail.severity')}</dt>
          <dd>
            <SeverityText severity={advisory.severity} />
          </dd>
        </div>
        <div>
          <dt>{t('advisories.detail.publishedAt')}</dt>
          <dd>{formatDateTime(advisory.publishedAt)}</dd>
        </div>
        <div>
          <dt>{t('advisories.detail.tlp')}</dt>
          <dd>
            <TlpText tlp={advisory.tlp} />: {t(`advisories.tlpMeaning.${advisory.tlp}`)}
          </dd>
        </div>
        <div>
          <dt>{t('advisories.detail.products')}</dt>
          <dd>
            {formatList(
              advisory.products.map((p) =>
                t('advisories.detail.productOf', { product: p.name, vendor: p.vendor.name }),
              ),
            )}
          </dd>
        </div>
        <div>
          <dt>{t('advisories.detail.cves')}</dt>
          <dd>{advisory.cves.length ? advisory.cves.join(', ') : t('advisories.detail.noCves')}</dd>
        </div>
        {advisory.csafTrackingId && (
          <div>
            <dt>{t('advisories.detail.csaf')}</dt>
            <dd>
              {t('advisories.detail.csafValue', {
                id: advisory.csafTrackingId,
                version: advisory.csafVersion ?? '—',
              })}
            </dd>
          </div>
        )}
      </dl>

      <h2>{t('advisories.detail.summary')}</h2>
      <p className="advisories-text">{advisory.summary}</p>

      <section className="panel advisories-todo" aria-labelledby="advisory-todo">
        <h2 id="advisory-todo">{t('advisories.detail.whatToDo')}</h2>
        {own && organisation && (
          <p>
            {own.products.length > 0
              ? t('advisories.detail.concerns', {
                  board: organisation.name,
                  products: formatList(own.products.map((p) => p.name)),
                })
              : t('advisories.detail.concernsNone', { board: organisation.name })}
          </p>
        )}
        <p className="advisories-text">
          {advisory.recommendedAction ?? t('advisories.detail.noAction')}
        </p>
        {own && <p className="muted">{t('advisories.detail.answerNext')}</p>}
      </section>

      {own && organisation && (
        <AnswerSection
          advisoryId={advisory.id}
          boardId={organisation.id}
          boardName={organisation.name}
          answer={own}
          mayAnswer={may(user, 'respondToAdvisory', organisation.id)}
        />
      )}

      {isPublisher ? (
        <BoardsSection advisory={advisory} />
      ) : (
        <section aria-labelledby="advisory-counts">
          <h2 id="advisory-counts">{t('advisories.boards.title')}</h2>
          <CountsSentence
            answered={advisory.respondedCount ?? null}
            total={advisory.affectedBoardCount ?? null}
          />
          <p className="muted">{t('advisories.smallCountHint')}</p>
        </section>
      )}

      <AnswersChart
        publisher={isPublisher}
        points={advisory.answersOverTime.map((d) => ({
          day: d.day,
          notifiedCount: d.notifiedCount ?? null,
          answeredCount: d.answeredCount ?? null,
        }))}
      />

      {auditable && organisation && (
        <p>
          <Link
            to={`/organisations/${organisation.id}/audit?entityType=SecurityAdvisory&entityId=${advisory.id}`}
          >
            {t('advisories.detail.audit')}
          </Link>
        </p>
      )}
    </>
  );
}

/** How many boards answered, for whoever is not the publisher: in words where a count is hidden. */
function CountsSentence(props: { answered: number | null; total: number | null }) {
  const { t, formatNumber } = useI18n();
  const { answered, total } = props;
  if (total === null) return <p>{t('advisories.boards.fewTold')}</p>;
  if (total === 0) return <p>{t('advisories.boards.none')}</p>;
  if (answered === null)
    return <p>{t('advisories.boards.answeredHidden', { total: formatNumber(total) })}</p>;
  return (
    <p>
      {t('advisories.boards.count', {
        answered: formatNumber(answered),
        total: formatNumber(total),
      })}
    </p>
  );
}

/** The board's current answer, and the form to give or change it. */
function AnswerSection(props: {
  advisoryId: string;
  boardId: string;
  boardName: string;
  answer: AdvisoriesResponseFragment;
  mayAnswer: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const answerText = useAnswerText();
  const { answer } = props;
  return (
    <section className="panel" aria-labelledby="advisory-answer">
      <h2 id="advisory-answer">{t('advisories.answer.title')}</h2>
      {answer.response && answer.respondedAt ? (
        <div className="advisories-answer">
          <p>
            <strong>
              {t('advisories.answer.current', {
                response: answerText(answer.response),
                name: answer.respondedBy?.name ?? '—',
                at: formatDateTime(answer.respondedAt),
              })}
            </strong>
          </p>
          {answer.note && (
            <p className="advisories-text">
              {t('advisories.answer.currentNote', { note: answer.note })}
            </p>
          )}
        </div>
      ) : (
        <p>{t('advisories.answer.none')}</p>
      )}
      {props.mayAnswer ? (
        <AnswerForm {...props} />
      ) : (
        <p className="muted">{t('advisories.answer.notAllowed', { board: props.boardName })}</p>
      )}
    </section>
  );
}

function AnswerForm(props: {
  advisoryId: string;
  boardId: string;
  boardName: string;
  answer: AdvisoriesResponseFragment;
}) {
  const { t } = useI18n();
  const [, respond] = useMutation(AdvisoriesRespondDocument);
  const [done, setDone] = useState(false);
  const answered = Boolean(props.answer.response);
  const form = useForm({
    initialValues: {
      response: (props.answer.response ?? '') as string,
      note: props.answer.note ?? '',
    },
    rules: { response: [required], note: [maxLength(20_000)] },
  });
  const ids = form.ids('response');
  const message = form.error('response');
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setDone(false);
        const result = await outcome(
          respond({
            input: {
              advisoryId: props.advisoryId,
              boardId: props.boardId,
              response: values.response as AdvisoryResponse,
              note: values.note.trim() || null,
            },
          }),
        );
        if (!result.ok) return result.problem;
        setDone(true);
      })}
    >
      <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
      <fieldset
        className={`field field--group${message ? ' field--invalid' : ''}`}
        aria-describedby={describedBy(ids, false, Boolean(message))}
      >
        <legend className="field__label">
          {t('advisories.answer.legend', { board: props.boardName })}
          <span className="field__required"> *</span>
        </legend>
        {RESPONSES.map((response, index) => (
          <label key={response} className="checkbox advisories-choice">
            <input
              // The first choice carries the group's id, so that a failed submit focuses it.
              id={index === 0 ? ids.control : undefined}
              type="radio"
              name="response"
              value={response}
              checked={form.values.response === response}
              aria-invalid={message ? true : undefined}
              onChange={() => form.set('response', response)}
            />
            <span>
              <strong>{t(`advisories.response.${response}`)}</strong>
              <span className="advisories-choice__hint">
                {t(`advisories.responseHint.${response}`)}
              </span>
            </span>
          </label>
        ))}
        <FieldMessage id={ids.error} message={message} />
      </fieldset>
      <TextAreaField
        form={form}
        name="note"
        label={t('advisories.answer.note')}
        hint={t('advisories.answer.noteHint')}
      />
      <p role="status">{done ? t('advisories.answer.done') : ''}</p>
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('advisories.answer.busy')}>
          {answered ? t('advisories.answer.change') : t('advisories.answer.submit')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

/** The publisher's view: every board's answer, and the answers by kind. */
function BoardsSection({ advisory }: { advisory: AdvisoriesDetailFragment }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const answerText = useAnswerText();
  const total = advisory.affectedBoardCount ?? advisory.responses.length;
  const answered = advisory.respondedCount ?? 0;
  return (
    <section aria-labelledby="advisory-boards">
      <h2 id="advisory-boards">{t('advisories.boards.title')}</h2>
      {total === 0 ? (
        <p>{t('advisories.boards.none')}</p>
      ) : (
        <>
          <p>
            {t('advisories.boards.count', {
              answered: formatNumber(answered),
              total: formatNumber(total),
            })}
          </p>
          <h3>{t('advisories.boards.spread')}</h3>
          <ul className="advisories-spread">
            {RESPONSES.map((response) => (
              <li key={response}>
                {t('advisories.boards.spreadItem', {
                  response: t(`advisories.response.${response}`),
                  count: formatNumber(
                    advisory.responses.filter((r) => r.response === response).length,
                  ),
                })}
              </li>
            ))}
            <li>
              {t('advisories.boards.spreadItem', {
                response: t('advisories.list.notAnswered'),
                count: formatNumber(advisory.responses.filter((r) => !r.response).length),
              })}
            </li>
          </ul>
          <div
            className="advisories-table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="advisory-boards"
          >
            <table className="table">
              <caption className="visually-hidden">{t('advisories.boards.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('advisories.boards.board')}</th>
                  <th scope="col">{t('advisories.boards.notifiedAt')}</th>
                  <th scope="col">{t('advisories.boards.answer')}</th>
                  <th scope="col">{t('advisories.boards.note')}</th>
                </tr>
              </thead>
              <tbody>
                {advisory.responses.map((r) => (
                  <tr key={r.board.id}>
                    <th scope="row">{r.board.name}</th>
                    <td>{formatDateTime(r.notifiedAt)}</td>
                    <td>
                      {answerText(r.response)}
                      {r.respondedAt && (
                        <span className="muted advisories-by">
                          {t('advisories.boards.by', {
                            name: r.respondedBy?.name ?? '—',
                            at: formatDateTime(r.respondedAt),
                          })}
                        </span>
                      )}
                    </td>
                    <td className="advisories-text">{r.note ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

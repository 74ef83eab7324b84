// On a product's page: the reviews boards shared of its terms (risk level, findings per topic
// in words, the board or "an anonymous board", the vendor's response), with how many there are
// per risk level; the product's vendor responds to each once, a board's FG shares one, the
// reviewing board's FG withdraws its own.
import { reviewsByRisk } from '@regie/domain';
import {
  ReviewsOfProductDocument,
  ReviewsRespondDocument,
  ReviewsWithdrawDocument,
  type ProductReviewViewFragment,
} from '@regie/graphql-client';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { FieldFrame } from '../forms/fields';
import { useI18n } from '../i18n';
import { useViewer } from '../layout/viewer';
import { ConfirmDialog, ConfirmStep, StepOutcome, type StepResult } from '../ui/confirm-dialog';
import { DataState } from '../ui/data-state';
import { TableFrame } from '../ui/table-frame';
import './reviews.css';

const PAGE = 25;

export function ProductReviewsSection(props: {
  product: { id: string; name: string; vendor: { id: string; name: string } };
}) {
  const { t, formatNumber } = useI18n();
  const { user, current } = useViewer();
  const { product } = props;
  const [first, setFirst] = useState(PAGE);
  const [result, reexecute] = useQuery({
    query: ReviewsOfProductDocument,
    variables: { productId: product.id, first },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.productReviews;
  const reviews = connection?.edges.map((e) => e.node) ?? [];
  const counts = Object.fromEntries(
    reviewsByRisk(reviews).map((c) => [c.riskLevel, formatNumber(c.reviews)]),
  );
  const board = current?.organisation.kind === 'BOARD' ? current.organisation : undefined;
  const mayWrite = board ? may(user, 'publishProductReview', board.id) : false;
  const vendorResponds = may(user, 'respondToProductReview', product.vendor.id);

  return (
    <section className="registry-section" aria-labelledby="reviews-title" id="reviews">
      <h2 id="reviews-title">{t('reviews.section.title')}</h2>
      <p>{t('reviews.section.intro')}</p>
      {mayWrite && (
        <p>
          <Link className="button button--secondary" to={`/products/${product.id}/reviews/new`}>
            {t('reviews.section.write')}
          </Link>
        </p>
      )}
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(connection)}
        retry={reload}
      >
        {connection && connection.totalCount === 0 && <p>{t('reviews.section.none')}</p>}
        {connection && connection.totalCount > 0 && (
          <>
            <p>
              <strong>
                {t('reviews.section.count', {
                  count: connection.totalCount,
                  low: counts.LOW,
                  medium: counts.MEDIUM,
                  high: counts.HIGH,
                })}
              </strong>
            </p>
            {reviews.map((review) => (
              <ReviewArticle
                key={review.id}
                review={review}
                product={product}
                respond={vendorResponds && !review.vendorRespondedAt}
                reload={reload}
              />
            ))}
            {connection.pageInfo.hasNextPage && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setFirst((n) => n + PAGE)}
              >
                {t('reviews.section.more')}
              </button>
            )}
          </>
        )}
      </DataState>
    </section>
  );
}

export function RiskBadge({ riskLevel }: { riskLevel: ProductReviewViewFragment['riskLevel'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge review-risk review-risk--${riskLevel.toLowerCase()}`}>
      {t(`reviews.risk.${riskLevel}`)}
    </span>
  );
}

function ReviewArticle(props: {
  review: ProductReviewViewFragment;
  product: { id: string; name: string; vendor: { id: string; name: string } };
  respond: boolean;
  reload: () => void;
}) {
  const { t, formatDate } = useI18n();
  const { user } = useViewer();
  const { review, product } = props;
  const headingId = `review-${review.id}-title`;
  const [, withdraw] = useMutation(ReviewsWithdrawDocument);
  const [withdrawn, setWithdrawn] = useState(false);
  const mayWithdraw = review.board ? may(user, 'withdrawProductReview', review.board.id) : false;
  return (
    <article className="review" id={`review-${review.id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {review.board
          ? t('reviews.review.by', { board: review.board.name })
          : t('reviews.review.byAnonymous')}{' '}
        <RiskBadge riskLevel={review.riskLevel} />
      </h3>
      {review.anonymous && review.board && (
        <p className="muted">{t('reviews.review.ownAnonymous', { board: review.board.name })}</p>
      )}
      <p className="muted">
        {review.leaflet
          ? t('reviews.review.meta', {
              date: formatDate(review.publishedAt),
              version: review.leaflet.version,
            })
          : t('reviews.review.metaNoLeaflet', { date: formatDate(review.publishedAt) })}
      </p>
      <p className="review__summary">{review.summary}</p>
      <TableFrame label={t('reviews.review.findings')}>
        <table className="table">
          <caption className="visually-hidden">{t('reviews.review.findings')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reviews.review.topic')}</th>
              <th scope="col">{t('reviews.review.verdict')}</th>
              <th scope="col">{t('reviews.review.note')}</th>
            </tr>
          </thead>
          <tbody>
            {review.findings.map((f) => (
              <tr key={f.topic}>
                <th scope="row">{t(`agreements.topic.${f.topic}`)}</th>
                <td>{t(`reviews.verdict.${f.verdict}`)}</td>
                <td className="review__note">{f.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <div className="review__response">
        <h4>{t('reviews.response.title', { vendor: product.vendor.name })}</h4>
        {review.vendorResponse ? (
          <>
            <p className="review__note">{review.vendorResponse}</p>
            {review.vendorRespondedAt && (
              <p className="muted">
                {t('reviews.response.at', { date: formatDate(review.vendorRespondedAt) })}
              </p>
            )}
          </>
        ) : props.respond ? (
          <RespondForm review={review} product={product} reload={props.reload} />
        ) : (
          <p className="muted">{t('reviews.response.none', { vendor: product.vendor.name })}</p>
        )}
      </div>
      {mayWithdraw && review.board && (
        <>
          <StepOutcome>{withdrawn && <p>{t('reviews.review.withdrawn')}</p>}</StepOutcome>
          <ConfirmStep
            className="button button--secondary"
            danger
            title={t('reviews.review.withdrawTitle')}
            binding={t('reviews.review.withdrawBinding', {
              product: product.name,
              board: review.board.name,
            })}
            confirmLabel={t('reviews.review.withdrawConfirm', { board: review.board.name })}
            busyLabel={t('reviews.review.withdrawing')}
            run={async () => {
              const answer = await outcome(withdraw({ id: review.id }));
              if (answer.ok) setWithdrawn(true);
              return answer;
            }}
            onDone={props.reload}
            onReload={props.reload}
          >
            {t('reviews.review.withdraw')}
          </ConfirmStep>
        </>
      )}
    </article>
  );
}

/** The vendor's one response: written, then confirmed, since it cannot be changed. */
function RespondForm(props: {
  review: ProductReviewViewFragment;
  product: { id: string; name: string; vendor: { id: string; name: string } };
  reload: () => void;
}) {
  const { t, shared } = useI18n();
  const [, respond] = useMutation(ReviewsRespondDocument);
  const [text, setText] = useState('');
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const base = `review-${props.review.id}-response`;
  const ids = { control: base, hint: `${base}-hint`, error: `${base}-error` };
  const vendor = props.product.vendor.name;

  const run = async (): Promise<StepResult> => {
    const answer = await outcome(
      respond({ input: { reviewId: props.review.id, response: text.trim() } }),
    );
    if (answer.ok) setDone(true);
    return answer;
  };

  return (
    <>
      <StepOutcome>{done && <p>{t('reviews.response.done')}</p>}</StepOutcome>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) {
            setError(shared({ key: 'field.required' }));
            document.getElementById(ids.control)?.focus();
            return;
          }
          setError(undefined);
          setAsking(true);
        }}
      >
        <FieldFrame
          ids={ids}
          label={t('reviews.response.label', { vendor })}
          hint={t('reviews.response.hint')}
          required
          message={error}
        >
          <textarea
            id={ids.control}
            name="response"
            className="field__input field__textarea"
            aria-required
            aria-invalid={error ? true : undefined}
            aria-describedby={[ids.hint, error && ids.error].filter(Boolean).join(' ')}
            maxLength={4000}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </FieldFrame>
        <button type="submit" className="button">
          {t('reviews.response.submit')}
        </button>
      </form>
      <ConfirmDialog
        open={asking}
        title={t('reviews.response.confirmTitle')}
        binding={t('reviews.response.confirmBinding', { vendor, product: props.product.name })}
        confirmLabel={t('reviews.response.confirm', { vendor })}
        busyLabel={t('reviews.response.busy')}
        onCancel={() => setAsking(false)}
        onConfirm={run}
        onDone={() => {
          setAsking(false);
          props.reload();
        }}
        onReload={props.reload}
      >
        <blockquote className="review__note">{text.trim()}</blockquote>
      </ConfirmDialog>
    </>
  );
}

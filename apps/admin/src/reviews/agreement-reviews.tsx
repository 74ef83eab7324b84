// Beside an agreement: how many boards reviewed the leaflet version it rests on, per risk
// level ("3 besturen beoordeelden deze versie: 2 laag risico, 1 gemiddeld"), per product; and,
// for the board's FG once deviations are assessed, the way to share a review that starts from
// them.
import { reviewsByRisk } from '@regie/domain';
import { ReviewsOfAgreementProductDocument } from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { useViewer } from '../layout/viewer';

interface AgreementLike {
  readonly id: string;
  readonly board: { readonly id: string };
  readonly products: readonly { readonly id: string; readonly name: string }[];
  readonly leaflets: readonly { readonly id: string; readonly product: { readonly id: string } }[];
  readonly deviations: readonly { readonly assessment?: string | null }[];
}

export function AgreementReviews({ agreement }: { agreement: AgreementLike }) {
  const { t } = useI18n();
  const { user } = useViewer();
  const fg = may(user, 'publishProductReview', agreement.board.id);
  const assessed = agreement.deviations.some((d) => Boolean(d.assessment));
  if (agreement.products.length === 0) return null;
  return (
    <section
      className="panel agreement-section"
      aria-labelledby="agreement-reviews"
      id="agreement-reviews-section"
    >
      <h2 id="agreement-reviews">{t('reviews.agreement.title')}</h2>
      {agreement.products.map((product) => (
        <ProductLine
          key={product.id}
          productId={product.id}
          leafletId={agreement.leaflets.find((l) => l.product.id === product.id)?.id}
          start={
            fg && assessed
              ? `/products/${product.id}/reviews/new?agreement=${agreement.id}`
              : undefined
          }
        />
      ))}
      {fg && assessed && <p className="muted">{t('reviews.agreement.startHint')}</p>}
    </section>
  );
}

function ProductLine(props: { productId: string; leafletId?: string; start?: string }) {
  const { t } = useI18n();
  const [result] = useQuery({
    query: ReviewsOfAgreementProductDocument,
    variables: { productId: props.productId },
    requestPolicy: 'cache-and-network',
  });
  const product = result.data?.product;
  if (!product) return null;
  // The version the agreement rests on; an agreement that names none yet: the current one.
  const version = props.leafletId ?? product.currentLeaflet?.id;
  const reviews = product.reviews.filter((r) => r.leaflet?.id === version);
  const spread = reviewsByRisk(reviews)
    .filter((c) => c.reviews > 0)
    .map((c) => t(`reviews.agreement.part.${c.riskLevel}`, { count: c.reviews }));
  return (
    <>
      <p>
        <strong>
          {t('reviews.agreement.line', {
            count: reviews.length,
            product: product.name,
            spread: spread.join(', '),
          })}
        </strong>
      </p>
      <p>
        <Link to={`/products/${product.id}#reviews`}>
          {t('reviews.agreement.read', { product: product.name })}
        </Link>
        {props.start && (
          <>
            {' '}
            <Link className="button button--secondary" to={props.start}>
              {t('reviews.agreement.start', { product: product.name })}
            </Link>
          </>
        )}
      </p>
    </>
  );
}

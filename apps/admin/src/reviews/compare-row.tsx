// In the product comparison: how many shared reviews each product has per risk level, as a
// row of its own (the counts in words, no colour needed).
import { reviewsByRisk } from '@regie/domain';
import { useI18n } from '../i18n';

export function ReviewsCompareRow(props: {
  compared: readonly {
    product: { id: string; reviews: readonly { riskLevel: 'LOW' | 'MEDIUM' | 'HIGH' }[] };
  }[];
}) {
  const { t, formatNumber } = useI18n();
  return (
    <tr>
      <th scope="row">{t('reviews.compare.row')}</th>
      {props.compared.map(({ product }) => {
        const counts = Object.fromEntries(
          reviewsByRisk(product.reviews).map((c) => [c.riskLevel, formatNumber(c.reviews)]),
        );
        return (
          <td key={product.id}>
            {product.reviews.length === 0
              ? t('reviews.compare.none')
              : t('reviews.compare.cell', {
                  low: counts.LOW,
                  medium: counts.MEDIUM,
                  high: counts.HIGH,
                })}
          </td>
        );
      })}
    </tr>
  );
}

// The reviews boards share: the form an FG shares one with (also from an agreement).
import type { RouteObject } from 'react-router';

export const reviewsRoutes: RouteObject[] = [
  {
    path: 'products/:productId/reviews/new',
    lazy: () => import('./review-form-page').then((m) => ({ Component: m.ReviewFormPage })),
  },
];

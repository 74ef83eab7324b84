// Component tests render pages outside the router, whose loader brings the areas' texts in
// the app: here they are registered before any test runs.
import { registerMessages } from './i18n';
import { areasEn, areasNl } from './messages/areas';

registerMessages({ nl: areasNl, en: areasEn });

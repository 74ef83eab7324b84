import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationKind, shownSectorSignals, type SignalsAudience } from '@regie/domain';
import type { Viewer } from '../auth/viewer';
import { isMemberOf, isPlatformAdmin } from '../auth/viewer';
import type { RequestContext } from '../common/request-context';
import { Product } from '../products/product.types';
import { SectorSignalLoaders } from './sector-signals.loaders';
import { ProductSectorSignals } from './sector-signals.types';

/** The sector: boards, sector bodies, supervisors (every role) and the platform admin. */
const SECTOR_KINDS: readonly OrganisationKind[] = [
  OrganisationKind.BOARD,
  OrganisationKind.SECTOR_BODY,
  OrganisationKind.SUPERVISOR,
];

/**
 * Who sees what of a product's signals (DOMAIN.md): a member (or API token) of the product's
 * own vendor sees its customers' counts as they are; the sector sees them under the
 * small-count rule; anyone else (another vendor) nothing. A person in both sees the vendor's.
 */
export function signalsAudience(viewer: Viewer | null, vendorId: string): SignalsAudience | null {
  if (!viewer) return null;
  if (isMemberOf(viewer, vendorId)) return 'OWN_VENDOR';
  if (isPlatformAdmin(viewer) || viewer.memberships.some((m) => SECTOR_KINDS.includes(m.kind)))
    return 'SECTOR';
  return null;
}

/** Product.sectorSignals, from this module above products and agreements. */
@Resolver(() => Product)
export class ProductSectorSignalsResolver {
  constructor(private readonly loaders: SectorSignalLoaders) {}

  @ResolveField(() => ProductSectorSignals, {
    nullable: true,
    description: "What the sector's boards did with this product; null for other vendors.",
  })
  async sectorSignals(
    @Parent() product: Product,
    @Context() ctx: RequestContext,
  ): Promise<ProductSectorSignals | null> {
    const audience = signalsAudience(ctx.viewer, product.vendorId);
    if (!audience) return null;
    const { counts, generatedAt } = await this.loaders.counts(ctx).load(product.id);
    return ProductSectorSignals.from(shownSectorSignals(counts, audience), generatedAt);
  }
}

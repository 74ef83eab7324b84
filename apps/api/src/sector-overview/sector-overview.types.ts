import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AttestationType, Sector } from '@regie/domain';
import '../common/graphql-enums';
import { Assessment, MinimumStandard, Requirement } from '../procurement/standard.types';
import type { StoredRequirement } from '../procurement/minimum-standard.entity';
import { Product } from '../products/product.types';

@ObjectType()
export class RequirementOverview {
  @Field(() => Requirement)
  requirement!: Requirement;

  @Field(() => Int, {
    nullable: true,
    description: 'Boards whose newest submitted assessment answers this requirement.',
  })
  boardsAssessed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Of those, at or above minimumLevel.' })
  boardsAtMinimum!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Of those, at or above targetLevel; null also when the requirement has no development line.',
  })
  boardsAtTarget!: number | null;

  @Field(() => [Int], {
    nullable: 'items',
    description: 'Boards per level 1..5 (index 0 is level 1).',
  })
  levelCounts!: (number | null)[];

  /** Not a field: the requirement as stored (levels and development line, for the export). */
  stored!: StoredRequirement;
}

@ObjectType()
export class ProductOverview {
  @Field(() => Product)
  product!: Product;

  @Field(() => Assessment, {
    nullable: true,
    description:
      "The product's newest SUBMITTED or REVIEWED assessment against the standard, if any.",
  })
  assessment!: Assessment | null;

  @Field({
    description:
      'True when that assessment meets every mandatory requirement (mandatoryMet = mandatoryTotal).',
  })
  compliant!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Boards with an agreement in force on the product.',
  })
  boardsInForce!: number | null;

  @Field(() => [AttestationType])
  validAttestationTypes!: AttestationType[];
}

@ObjectType({
  description:
    "The sector's state against one published standard, for sector bodies'\n" +
    "members, supervisors' INSPECTORs, boards' members and the platform: aggregates\n" +
    "only, under DOMAIN.md's small-count rule, never one board's private data. For\n" +
    'a PRODUCT standard the product figures are filled; for a BOARD standard the\n' +
    'board figures. sector narrows boards to one sector.',
})
export class SectorOverview {
  @Field(() => MinimumStandard)
  standard!: MinimumStandard;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => [ProductOverview])
  products!: ProductOverview[];

  @Field(() => Int, { nullable: true })
  agreementsInForce!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Agreements in force on at least one compliant product.',
  })
  agreementsOnCompliantProducts!: number | null;

  @Field(() => Int, { nullable: true })
  boardsAssessed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Boards whose newest submitted assessment reaches minimumLevel on every requirement.',
  })
  boardsAtMinimum!: number | null;

  @Field(() => [RequirementOverview])
  requirements!: RequirementOverview[];

  @Field(() => Date)
  generatedAt!: Date;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EduvDataService, ProductCategory, Sector } from '@regie/domain';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import { preload } from '../common/preloaded-fields';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation } from '../organisations/organisation.types';
import type { ProductRow } from './product.entity';

@ObjectType({
  description:
    "A vendor's product: a learning platform, a student information system, learning material, …",
})
export class Product {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ProductCategory)
  category!: ProductCategory;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [Sector], { description: 'The sectors the product is meant for.' })
  sectors!: Sector[];

  @Field(() => [EduvDataService], { description: 'The Edu-V data services the product uses.' })
  dataServices!: EduvDataService[];

  /** Not fields: what the relation resolvers load by. */
  vendorId!: string;
  currentLeafletId!: string | null;

  static from(entity: ProductRow): Product {
    return Object.assign(new Product(), {
      id: entity.id,
      name: entity.name,
      category: entity.category,
      description: entity.description,
      sectors: entity.sectors,
      dataServices: entity.dataServices,
      vendorId: entity.vendorId,
      currentLeafletId: entity.currentLeafletId,
    });
  }

  /**
   * A product read with its vendor (organisations are public rows): Product.vendor answers
   * from it without a statement of its own.
   */
  static withVendor(entity: ProductRow & { vendor?: OrganisationEntity }): Product {
    const product = Product.from(entity);
    return entity.vendor ? preload(product, { vendor: Organisation.from(entity.vendor) }) : product;
  }

  /** What an audit event keeps of a product. */
  static audited(product: Product) {
    const { id, name, category, description, sectors, dataServices, vendorId } = product;
    return { id, name, category, description, sectors, dataServices, vendorId };
  }
}

export const ProductConnection = connectionType(Product, 'Product');

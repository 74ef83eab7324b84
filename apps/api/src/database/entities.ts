// Every entity, listed rather than globbed: a bundled or compiled build keeps them.
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';

export const ENTITIES = [OrganisationEntity, ProductEntity];

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SubprocessorChangeStatus } from '@regie/domain';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import { CalendarDateScalar } from '../common/scalars';
import { Subprocessor } from '../products/privacy-leaflet.types';
import type { SubprocessorChangeEntity } from './subprocessor-change.entity';
import type { SubprocessorObjectionEntity } from './subprocessor-objection.entity';

@ObjectType()
export class SubprocessorObjection {
  @Field()
  reason!: string;

  @Field()
  objectedAt!: Date;

  /** For the field resolvers: not part of the API as such. */
  id!: string;
  boardId!: string;
  objectedById!: string | null;

  static from(row: SubprocessorObjectionEntity): SubprocessorObjection {
    return Object.assign(new SubprocessorObjection(), {
      id: row.id,
      reason: row.reason,
      objectedAt: row.objectedAt,
      boardId: row.boardId,
      objectedById: row.objectedById,
    });
  }
}

@ObjectType({
  description:
    "A vendor's advance notice of a change of subprocessors (GDPR art. 28(2)):\nthe boards with an agreement in force on the product are told and may\nobject until the day before effectiveOn. Seen by the product's vendor and\nthe notified boards; nobody else.",
})
export class SubprocessorChange {
  @Field(() => ID)
  id!: string;

  @Field(() => [Subprocessor])
  added!: Subprocessor[];

  @Field(() => [Subprocessor])
  removed!: Subprocessor[];

  @Field()
  announcedAt!: Date;

  @Field(() => CalendarDateScalar)
  effectiveOn!: string;

  @Field(() => SubprocessorChangeStatus)
  status!: SubprocessorChangeStatus;

  /** For the field resolvers: not part of the API as such. */
  productId!: string;
  vendorId!: string;
  leafletId!: string;
  /** The row, for the announced leaflet as it was announced. */
  row!: SubprocessorChangeEntity;

  static from(row: SubprocessorChangeEntity): SubprocessorChange {
    return Object.assign(new SubprocessorChange(), {
      id: row.id,
      added: row.added.map(Subprocessor.from),
      removed: row.removed.map(Subprocessor.from),
      announcedAt: row.announcedAt,
      effectiveOn: row.effectiveOn,
      status: row.status,
      productId: row.productId,
      vendorId: row.vendorId,
      leafletId: row.leafletId,
      row,
    });
  }

  /** What an audit event keeps of a change. */
  static audited(row: SubprocessorChangeEntity) {
    return {
      id: row.id,
      productId: row.productId,
      leafletId: row.leafletId,
      baseLeafletId: row.baseLeafletId,
      status: row.status,
      effectiveOn: row.effectiveOn,
      added: row.added,
      removed: row.removed,
      announcedAt: row.announcedAt.toISOString(),
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      inEffectAt: row.inEffectAt?.toISOString() ?? null,
    };
  }
}

export const SubprocessorChangeConnection = connectionType(
  SubprocessorChange,
  'SubprocessorChange',
);

// What a tender page shows and offers, as pure functions: which steps the person may take now
// (the domain's lifecycle and the permission table, never re-derived here), the countdown to a
// deadline, the bundled demand as bars, and euro amounts typed with a decimal comma.
import {
  allowedTenderActions,
  OrganisationKind,
  Role,
  TenderStatus,
  type TenderAction,
} from '@regie/domain';
import type { CurrentUserFragment } from '@regie/graphql-client';
import { may, type Operation } from '../auth/permissions';
import type { Membership } from '../layout/viewer';

export type { TenderAction };

/** The API operation behind each lifecycle step, for the permission table. */
const OPERATION: Record<TenderAction, Operation> = {
  update: 'updateTender',
  openForInterest: 'openTenderForInterest',
  registerInterest: 'registerInterest',
  openForOffers: 'openTenderForOffers',
  submitOffer: 'submitOffer',
  withdrawOffer: 'withdrawOffer',
  closeOffers: 'closeTenderOffers',
  score: 'scoreOffer',
  award: 'awardTender',
  cancel: 'cancelTender',
};

const SECTOR_BODY_STEPS: readonly TenderAction[] = [
  'update',
  'openForInterest',
  'openForOffers',
  'closeOffers',
  'score',
  'award',
  'cancel',
];

export interface TenderLike {
  readonly status: TenderStatus | `${TenderStatus}`;
  readonly interestDeadline: string;
  readonly offerDeadline: string;
  readonly sectorBody: { readonly id: string };
}

/**
 * The steps the person, acting for `membership`, may take on the tender now: allowed by the
 * lifecycle for their organisation's kind and roles, and by the permission table for the
 * organisation that acts (the tender's own sector body for its steps).
 */
export function tenderSteps(
  tender: TenderLike,
  user: Pick<CurrentUserFragment, 'memberships'>,
  membership: Membership | undefined,
  now: Date,
): Set<TenderAction> {
  if (!membership) return new Set();
  const actor = {
    kind: membership.organisation.kind as OrganisationKind,
    roles: membership.roles as Role[],
  };
  const facts = {
    status: tender.status as TenderStatus,
    interestDeadline: new Date(tender.interestDeadline),
    offerDeadline: new Date(tender.offerDeadline),
  };
  return new Set(
    allowedTenderActions(facts, actor, now).filter((action) => {
      const organisationId = SECTOR_BODY_STEPS.includes(action)
        ? tender.sectorBody.id
        : membership.organisation.id;
      // Acting for another sector body than the tender's: not your tender.
      if (organisationId !== membership.organisation.id) return false;
      return may(user, OPERATION[action], organisationId);
    }),
  );
}

/** The order of the tender's life, for the progress picture. */
export const TENDER_PHASES = [
  TenderStatus.DRAFT,
  TenderStatus.OPEN_FOR_INTEREST,
  TenderStatus.OPEN_FOR_OFFERS,
  TenderStatus.EVALUATION,
  TenderStatus.AWARDED,
] as const;

export interface Countdown {
  readonly passed: boolean;
  readonly days: number;
  readonly hours: number;
}

/** Whole days and hours left until the deadline (rounded down), or that it passed. */
export function countdown(deadline: Date | string, now: Date): Countdown {
  const left = new Date(deadline).getTime() - now.getTime();
  if (left <= 0) return { passed: true, days: 0, hours: 0 };
  const hours = Math.floor(left / 3_600_000);
  return { passed: false, days: Math.floor(hours / 24), hours: hours % 24 };
}

/** The deadline the tender now waits for, if any: interest, then offers. */
export function nextDeadline(
  tender: TenderLike,
): { kind: 'interest' | 'offer'; at: string } | null {
  if (tender.status === TenderStatus.DRAFT || tender.status === TenderStatus.OPEN_FOR_INTEREST)
    return { kind: 'interest', at: tender.interestDeadline };
  if (tender.status === TenderStatus.OPEN_FOR_OFFERS)
    return { kind: 'offer', at: tender.offerDeadline };
  return null;
}

/**
 * How far along the time line from now to `horizon` a deadline lies, 0–1: the picture of a
 * tender's deadlines. A passed deadline sits at 0, one past the horizon at 1.
 */
export function timelinePosition(deadline: Date | string, now: Date, horizonDays: number): number {
  const left = new Date(deadline).getTime() - now.getTime();
  return Math.min(1, Math.max(0, left / (horizonDays * 86_400_000)));
}

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Relative to the largest value, 0–1. */
  readonly share: number;
}

/** Bars for a chart: the largest fills the width, the rest in proportion. */
export function bars(entries: readonly { label: string; value: number }[]): Bar[] {
  const max = Math.max(0, ...entries.map((e) => e.value));
  return entries.map((e) => ({ ...e, share: max > 0 ? e.value / max : 0 }));
}

/**
 * A euro amount typed the Dutch way ("12,50", "12.50", "€ 1.250,00") as cents; null when it is
 * not an amount. A dot before exactly three digits is a thousands separator.
 */
export function parseEuros(text: string): number | null {
  let s = text.replace(/[€\s]/g, '');
  if (!s) return null;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  return Math.round(Number(s) * 100);
}

/** Cents as the text a person would type back into an amount field: "12,50". */
export function centsToInput(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}

/** A 0–10 score typed with a comma or a dot; null when it is not one. */
export function parseScore(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return n >= 0 && n <= 10 ? n : null;
}

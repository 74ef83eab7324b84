// Whose turn an agreement is, in words for the person who reads it: their own party is "jou",
// the other is named by its role ("de leverancier", "het schoolbestuur"). The API says which
// parties the agreement waits for (ProcessingAgreement.waitingOn, DOMAIN.md).
import type { AgreementParty } from '@regie/domain';

type Party = AgreementParty | `${AgreementParty}`;

export type WaitingWord = 'agreements.waiting.you' | `agreements.waiting.${AgreementParty}`;

/** The words for the waited-for parties, board first; empty when nothing waits. */
export function waitingWords(
  waitingOn: readonly Party[],
  viewerParty: Party | null | undefined,
): WaitingWord[] {
  return waitingOn.map((party): WaitingWord =>
    party === viewerParty
      ? 'agreements.waiting.you'
      : `agreements.waiting.${party as AgreementParty}`,
  );
}

/** Whether the agreement waits for the viewer's own party. */
export function waitsFor(waitingOn: readonly Party[], viewerParty: Party | null | undefined) {
  return viewerParty != null && waitingOn.includes(viewerParty);
}

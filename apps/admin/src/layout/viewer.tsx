// The signed-in person (the `me` query) and the organisation they are acting for, shared by the
// signed-in screens. The organisation chosen in the switcher is remembered on this device.
import { MeDocument, UpdateMeDocument, type CurrentUserFragment } from '@regie/graphql-client';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useMutation, useQuery } from 'urql';
import { apiProblem, type ApiProblem } from '../api/api-problem';
import { endSession } from '../auth/session';
import { fromApiLocale, getLocale, hasChosenLocale, setLocale, toApiLocale } from '../i18n';

export type Membership = CurrentUserFragment['memberships'][number];

export interface ViewerContextValue {
  readonly user: CurrentUserFragment;
  /** The membership the person acts for now; undefined for someone without any. */
  readonly current: Membership | undefined;
  switchOrganisation(organisationId: string): void;
  /** Re-reads `me`, after something changed the person's memberships or name. */
  refresh(): void;
}

const ViewerContext = createContext<ViewerContextValue | null>(null);

const organisationKey = 'regie.organisation';

function rememberedOrganisation(): string | null {
  try {
    return localStorage.getItem(organisationKey);
  } catch {
    return null;
  }
}

export function ViewerProvider(props: {
  children: ReactNode;
  /** Shown until `me` answers: a loading text, or the problem and a way to try again. */
  fallback: (problem: ApiProblem | null, retry: () => void) => ReactNode;
}) {
  const [result, reexecute] = useQuery({ query: MeDocument, requestPolicy: 'cache-and-network' });
  const [, updateMe] = useMutation(UpdateMeDocument);
  const [chosen, setChosen] = useState<string | null>(rememberedOrganisation);
  const localeSettled = useRef(false);
  const user = result.data?.me ?? undefined;

  useEffect(() => {
    // A valid token for a person who no longer exists: the session is over.
    if (result.data && result.data.me === null) endSession('expired');
  }, [result.data]);

  useEffect(() => {
    if (!user || localeSettled.current) return;
    localeSettled.current = true;
    // A language chosen on this device wins and is saved with the account; otherwise the
    // account's language applies here (without becoming this device's explicit choice).
    if (hasChosenLocale()) {
      if (user.locale !== toApiLocale(getLocale()))
        void updateMe({ input: { locale: toApiLocale(getLocale()) } });
    } else {
      setLocale(fromApiLocale(user.locale), { remember: false });
    }
  }, [user, updateMe]);

  const switchOrganisation = useCallback((organisationId: string) => {
    setChosen(organisationId);
    try {
      localStorage.setItem(organisationKey, organisationId);
    } catch {
      // Not remembered on this device; the switch holds for this page.
    }
  }, []);

  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const value = useMemo<ViewerContextValue | null>(() => {
    if (!user) return null;
    const current =
      user.memberships.find((m) => m.organisation.id === chosen) ?? user.memberships[0];
    return { user, current, switchOrganisation, refresh };
  }, [user, chosen, switchOrganisation, refresh]);

  if (!value) return <>{props.fallback(apiProblem(result.error), refresh)}</>;
  return <ViewerContext.Provider value={value}>{props.children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer outside a ViewerProvider');
  return value;
}

import { Outlet } from 'react-router';
import { LanguageSwitch } from '../language-switch';
import { PageFrame } from './page-frame';

/** Pages for people who are not signed in: sign-in, the SSO return, accepting an invitation. */
export function PublicLayout() {
  return (
    <PageFrame header={<LanguageSwitch />}>
      <Outlet />
    </PageFrame>
  );
}

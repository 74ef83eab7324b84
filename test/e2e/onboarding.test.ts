// Journeys through the real app in Chromium, keyboard only: a platform admin onboards a school
// board, its first administrator joins and sets up an integration, and a person in two
// organisations switches between them.
import { DEMO_PASSWORD, PLATFORM_ADMIN } from './support/app';
import { Journey } from './support/journey';
import { heading, useJourneyApp } from './support/journey-app';

jest.setTimeout(180_000);

const journeys = useJourneyApp();

describe('the admin app in the browser', () => {
  it('lets a platform admin onboard a school board whose administrator joins and connects an integration', async () => {
    // --- the platform admin ---
    const page = await journeys.newPage();
    const admin = new Journey(page, 'platform-admin');
    await page.goto('/');
    await heading(page, 'Aanmelden');
    await admin.step('sign-in-dutch');

    await admin.press(page.getByRole('button', { name: 'English' }));
    await heading(page, 'Sign in');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await admin.fill(page.getByLabel('E-mail address'), PLATFORM_ADMIN);
    await admin.fill(page.getByLabel('Password'), DEMO_PASSWORD);
    await admin.step('sign-in-english');
    await admin.press(page.getByRole('button', { name: 'Sign in' }));
    await heading(page, 'Overview');
    await page.getByRole('heading', { name: 'Organisations' }).waitFor();
    await admin.step('home');

    // Signed in survives a reload.
    await page.reload();
    await heading(page, 'Overview');

    await admin.press(page.getByRole('link', { name: 'Add an organisation' }));
    await heading(page, 'Add an organisation');
    await admin.fill(page.getByLabel('Name of the organisation'), 'Stichting Onderwijs De Polder');
    const boardNumber = page.getByLabel('Board number');
    await admin.fill(boardNumber, '4123');
    const boardNumberError = page.getByText('A board number (bestuursnummer) has 5 digits.');
    await boardNumberError.waitFor();
    // The message is tied to its field for assistive technology.
    expect(await boardNumber.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await boardNumber.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(
      await boardNumberError.evaluate((el) => el.closest('[id]')?.id),
    );
    await admin.step('board-number-invalid');

    await page.keyboard.type('7');
    await boardNumberError.waitFor({ state: 'detached' });
    await admin.fill(page.getByLabel('KvK number'), '41000077');
    await admin.press(page.getByRole('button', { name: 'Add organisation' }));
    await heading(page, 'Invitations');
    await page.getByText('Stichting Onderwijs De Polder has been added.').waitFor();
    await admin.step('organisation-created');

    await admin.fill(page.getByLabel('E-mail address'), 'beheer@depolder.example.nl');
    await admin.press(page.getByRole('checkbox', { name: 'Administrator' }), 'Space');
    await admin.press(page.getByRole('button', { name: 'Create invitation' }));
    const link = await page.getByTestId('invitation-link').textContent();
    expect(link).toMatch(/\/invitations\/accept#token=.+/);
    await page.getByRole('cell', { name: 'Awaiting an answer' }).waitFor();
    await admin.step('invitation-created');

    await admin.press(page.getByRole('link', { name: 'Audit trail' }).first());
    await heading(page, 'Audit trail of the platform');
    await admin.press(page.getByRole('button', { name: 'Check the chain' }));
    await page.getByText(/The chain is intact: \d+ events checked\./).waitFor();
    await page.getByRole('cell', { name: 'invitation.created' }).first().waitFor();
    await admin.step('audit-chain-checked');

    // --- the invited administrator, in a browser of their own ---
    const invitee = await journeys.newPage();
    const board = new Journey(invitee, 'board-admin');
    await invitee.goto(link!);
    await heading(invitee, 'Uitnodiging aannemen');
    await board.fill(invitee.getByLabel('Naam'), 'Fatima el Amrani');
    await board.fill(invitee.getByLabel('Kies een wachtwoord'), 'te kort');
    await invitee.locator('.field__error', { hasText: 'Minstens 12 tekens.' }).waitFor();
    await board.step('password-too-short');
    await board.fill(invitee.getByLabel('Kies een wachtwoord'), 'een lange zin als wachtwoord');
    await board.press(invitee.getByRole('button', { name: 'Account maken en aannemen' }));
    await heading(invitee, 'Overzicht');
    await invitee.getByText('Je werkt voor Stichting Onderwijs De Polder als Beheerder.').waitFor();
    await board.step('home');

    await board.press(invitee.getByRole('link', { name: 'Mijn organisatie' }));
    await heading(invitee, 'Profiel');
    await invitee.getByText('41237').waitFor();
    await board.step('organisation-profile');

    await board.press(invitee.getByRole('link', { name: 'API-tokens' }));
    await heading(invitee, 'API-tokens');
    await board.fill(invitee.getByLabel('Naam'), 'Leerlingadministratie');
    await board.press(invitee.getByRole('button', { name: 'Token maken' }));
    const secret = await invitee.getByTestId('api-token-secret').textContent();
    expect(secret?.length).toBeGreaterThan(20);
    await invitee.getByRole('rowheader', { name: 'Leerlingadministratie' }).waitFor();
    await board.step('api-token-created');

    await board.press(invitee.getByRole('link', { name: 'Audittrail' }));
    await heading(invitee, 'Audittrail');
    await invitee.getByRole('cell', { name: 'apiToken.created' }).waitFor();
    await invitee.getByRole('cell', { name: 'invitation.accepted' }).waitFor();
    await board.step('audit-trail');

    await board.press(invitee.getByRole('button', { name: /Gebruikersmenu/ }));
    await board.press(invitee.getByRole('button', { name: 'Afmelden' }));
    await heading(invitee, 'Aanmelden');
    await invitee.getByText('Je bent afgemeld.').waitFor();
    await board.step('signed-out');
    await invitee.reload();
    await heading(invitee, 'Aanmelden');
  });

  it('lets a person in two organisations switch between them', async () => {
    // The platform admin invites an existing administrator to a second board, through the API.
    const login = await journeys.app.graphql(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: PLATFORM_ADMIN, password: DEMO_PASSWORD } },
    );
    const token = login.data!.login.accessToken as string;
    const found = await journeys.app.graphql(
      '{ organisations(search: "Zuidwest") { edges { node { id name } } } }',
      {},
      { token },
    );
    const zuidwest = found.data!.organisations.edges[0].node as { id: string; name: string };
    const invited = await journeys.app.graphql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }',
      {
        input: {
          organisationId: zuidwest.id,
          email: 'beheer@rivierenland.example.nl',
          roles: ['ADMIN'],
        },
      },
      { token },
    );
    const invitationToken = invited.data!.inviteMember.token as string;

    const page = await journeys.newPage();
    const person = new Journey(page, 'two-organisations');
    await page.goto(`/invitations/accept#${new URLSearchParams({ token: invitationToken })}`);
    await heading(page, 'Uitnodiging aannemen');
    await person.press(page.getByRole('link', { name: 'Meld je eerst aan' }));
    await heading(page, 'Aanmelden');
    await person.fill(page.getByLabel('E-mailadres'), 'beheer@rivierenland.example.nl');
    await person.fill(page.getByLabel('Wachtwoord'), DEMO_PASSWORD);
    await person.press(page.getByRole('button', { name: 'Aanmelden' }));
    // Back where they were, now signed in: one button accepts.
    await heading(page, 'Uitnodiging aannemen');
    await page
      .getByText(/Je bent aangemeld als .+ \(beheer@rivierenland\.example\.nl\)\./)
      .waitFor();
    await person.step('accept-signed-in');
    await person.press(page.getByRole('button', { name: 'Uitnodiging aannemen' }));
    await heading(page, 'Overzicht');
    const switcher = page.getByRole('button', { name: /Organisatie waarvoor je werkt/ });
    await switcher.waitFor();
    await person.step('home-with-switcher');

    await person.press(switcher);
    const panel = page.locator(`[id="${await switcher.getAttribute('aria-controls')}"]`);
    const other = panel.locator('.menu__item:not([aria-current])');
    // The item's first text is the organisation's name; its kind follows in a note.
    const otherName = (await other.evaluate((el) => el.firstChild?.textContent ?? '')).trim();
    await person.step('switcher-open');
    await person.press(other);
    await page.getByText(`Je werkt voor ${otherName} als Beheerder.`).waitFor();
    await person.step('switched');
    expect([zuidwest.name, 'Stichting Openbaar Primair Onderwijs Rivierenland']).toContain(
      otherName,
    );
  });
});

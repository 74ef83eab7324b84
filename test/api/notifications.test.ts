// In-app notifications: each person reads and marks their own, newest first,
// rendered in their language, with an e-mail through the outbox beside each.
import { Locale, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { UserEntity } from '../../apps/api/src/identity/user.entity';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { createOrganisation, signUp } from '../support/identity';
import { eventually, TestSmtpServer } from '../support/smtp';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

const NOTIFICATIONS = `query ($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind title body link createdAt readAt } }
  }
}`;
const MARK_READ = 'mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }';
const INVITE = `mutation ($organisationId: ID!, $email: String!, $roles: [Role!]!) {
  inviteMember(input: { organisationId: $organisationId, email: $email, roles: $roles }) { token }
}`;
const ACCEPT = `mutation ($token: String!, $name: String, $password: String) {
  acceptInvitation(input: { token: $token, name: $name, password: $password }) { accessToken }
}`;

type Person = Awaited<ReturnType<typeof signUp>>;
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; createdAt: string } }[];
}

describe('notifications', () => {
  const smtp = new TestSmtpServer();
  let app: TestApp;
  let service: NotificationsService;
  let dataSource: DataSource;
  let board: string;
  let otherBoard: string;
  let adminNl: Person;
  let adminEn: Person;
  let outsider: Person;

  /** What a later module does: notify inside its own transaction. */
  const notify = (recipients: string[], name: string, link: string | null = null) =>
    dataSource.transaction((em) =>
      service.notify(em, {
        recipients,
        kind: 'TEST',
        message: {
          key: 'notification.memberJoined',
          params: {
            name,
            email: 'x@example.nl',
            organisation: 'Stichting Test',
            roles: 'Lezer',
            roleCount: 1,
          },
        },
        link,
        email: false,
      }),
    );

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ env: smtp.env() });
    service = app.running.app.get(NotificationsService);
    dataSource = app.running.app.get(DataSource);
    board = await createOrganisation(app, { kind: OrganisationKind.BOARD, name: 'Stichting Rijn' });
    otherBoard = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    adminNl = await signUp(app, { organisationId: board, roles: [Role.ADMIN], name: 'Nel' });
    adminEn = await signUp(app, { organisationId: board, roles: [Role.ADMIN], name: 'Ed' });
    await dataSource
      .getRepository(UserEntity)
      .update({ id: adminEn.userId }, { locale: Locale.EN });
    outsider = await signUp(app, { organisationId: otherBoard, roles: [Role.ADMIN] });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it("tells an organisation's admins, each in their own language and by e-mail, that someone joined", async () => {
    const invited = await app.graphql(
      INVITE,
      { organisationId: board, email: 'fg@rijn.example.nl', roles: [Role.PRIVACY_OFFICER] },
      { token: adminNl.token },
    );
    const joined = await app.graphql(ACCEPT, {
      token: invited.data!.inviteMember.token,
      name: 'Fenna FG',
      password: 'a long enough password',
    });
    expect(joined.errors).toBeUndefined();

    const nl = await app.graphql(NOTIFICATIONS, {}, { token: adminNl.token });
    expect(nl.data!.notifications.edges[0].node).toMatchObject({
      kind: 'MEMBER_JOINED',
      title: 'Fenna FG is lid geworden van Stichting Rijn',
      link: `/organisations/${board}/members`,
      readAt: null,
    });
    const en = await app.graphql(NOTIFICATIONS, {}, { token: adminEn.token });
    expect(en.data!.notifications.edges[0].node).toMatchObject({
      kind: 'MEMBER_JOINED',
      title: 'Fenna FG joined Stichting Rijn',
      body: 'Fenna FG (fg@rijn.example.nl) accepted the invitation and is now a member of Stichting Rijn with the role Data protection officer.',
    });
    // The new member and other organisations are not told.
    const fenna = joined.data!.acceptInvitation.accessToken as string;
    expect(
      (await app.graphql(NOTIFICATIONS, {}, { token: fenna })).data!.notifications.totalCount,
    ).toBe(0);
    expect(
      (await app.graphql(NOTIFICATIONS, {}, { token: outsider.token })).data!.notifications
        .totalCount,
    ).toBe(0);

    const [mail] = await eventually(
      () => (smtp.to(adminEn.email).length ? smtp.to(adminEn.email) : undefined),
      "the English admin's e-mail",
    );
    expect(mail.parsed.subject).toBe('Fenna FG joined Stichting Rijn');
    expect(mail.parsed.text).toContain('Hello Ed,');
    expect(mail.parsed.text).toContain(
      `See it in Regie: https://regie.test/organisations/${board}/members`,
    );
    const [mailNl] = await eventually(
      () => (smtp.to(adminNl.email).length ? smtp.to(adminNl.email) : undefined),
      "the Dutch admin's e-mail",
    );
    expect(mailNl.parsed.subject).toBe('Fenna FG is lid geworden van Stichting Rijn');
    expect(mailNl.parsed.text).toContain('Hallo Nel,');
  });

  it('pages through the newest first with a cursor, and counts them all', async () => {
    const reader = await signUp(app, { organisationId: otherBoard, roles: [Role.VIEWER] });
    for (let i = 1; i <= 6; i++) await notify([reader.userId], `Person ${i}`);
    // Several in one transaction share their creation time: the id orders them, also
    // across the end of a page.
    await dataSource.transaction(async (em) => {
      for (const name of ['Person 7', 'Person 8', 'Person 9']) {
        await service.notify(em, {
          recipients: [reader.userId],
          kind: 'TEST',
          message: {
            key: 'notification.memberJoined',
            params: {
              name,
              email: 'x@example.nl',
              organisation: 'O',
              roles: 'Lezer',
              roleCount: 1,
            },
          },
          email: false,
        });
      }
    });

    const nodes: { id: string; createdAt: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: GraphQLResponse = await app.graphql(
        NOTIFICATIONS,
        { first: 2, after },
        { token: reader.token },
      );
      const page = res.data!.notifications as Page;
      expect(page.totalCount).toBe(9);
      nodes.push(...page.edges.map((e) => e.node));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(9);
    const expected = [...nodes].sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
    );
    expect(nodes).toEqual(expected);
  });

  it('marks one read, keeps the first reading time, and filters the unread', async () => {
    const reader = await signUp(app, { organisationId: otherBoard, roles: [Role.VIEWER] });
    const [first] = await notify([reader.userId], 'A');
    await notify([reader.userId], 'B');

    const marked = await app.graphql(MARK_READ, { id: first }, { token: reader.token });
    expect(marked.errors).toBeUndefined();
    const readAt = marked.data!.markNotificationRead.readAt as string;
    expect(readAt).toEqual(expect.any(String));
    const again = await app.graphql(MARK_READ, { id: first }, { token: reader.token });
    expect(again.data!.markNotificationRead.readAt).toBe(readAt);

    const unread = await app.graphql(NOTIFICATIONS, { unreadOnly: true }, { token: reader.token });
    expect(unread.data!.notifications.totalCount).toBe(1);
    expect(unread.data!.notifications.edges[0].node.title).toBe(
      'B is lid geworden van Stichting Test',
    );
    const all = await app.graphql(NOTIFICATIONS, { unreadOnly: false }, { token: reader.token });
    expect(all.data!.notifications.totalCount).toBe(2);
  });

  it("lets nobody else read or mark a person's notifications", async () => {
    const owner = await signUp(app, { organisationId: board, roles: [Role.VIEWER] });
    const [id] = await notify([owner.userId], 'Secret');
    for (const intruder of [outsider, adminNl]) {
      const list = await app.graphql(NOTIFICATIONS, { first: 100 }, { token: intruder.token });
      expect(
        list.data!.notifications.edges.map((e: { node: { id: string } }) => e.node.id),
      ).not.toContain(id);
      const mark = await app.graphql(MARK_READ, { id }, { token: intruder.token });
      expect(mark.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    const unknown = await app.graphql(MARK_READ, { id: 'not-an-id' }, { token: owner.token });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const mine = await app.graphql(NOTIFICATIONS, { unreadOnly: true }, { token: owner.token });
    expect(mine.data!.notifications.edges[0].node).toMatchObject({ id, readAt: null });
  });

  it('asks a signed-in person, and refuses a bad page size or cursor as input', async () => {
    const anonymous = await app.graphql(NOTIFICATIONS, {});
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const tooMany = await app.graphql(NOTIFICATIONS, { first: 101 }, { token: adminNl.token });
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first' }],
    });
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    const badCursor = await app.graphql(NOTIFICATIONS, { after: forged }, { token: adminNl.token });
    expect(badCursor.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
  });

  it('notifies the holders of the roles in several organisations once each, and writes nothing when the change rolls back', async () => {
    const vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    const both = await signUp(app, { organisationId: vendor, roles: [Role.ADMIN] });
    await dataSource.query(
      "INSERT INTO membership (user_id, organisation_id, roles) VALUES ($1, $2, '{PRIVACY_OFFICER}')",
      [both.userId, otherBoard],
    );
    const fg = await signUp(app, { organisationId: otherBoard, roles: [Role.PRIVACY_OFFICER] });
    const viewer = await signUp(app, { organisationId: otherBoard, roles: [Role.VIEWER] });
    const send = () =>
      dataSource.transaction((em) =>
        service.notifyOrganisationRoles(
          em,
          [vendor, otherBoard],
          [Role.ADMIN, Role.PRIVACY_OFFICER],
          {
            kind: 'TEST',
            message: {
              key: 'notification.memberJoined',
              params: {
                name: 'N',
                email: 'n@example.nl',
                organisation: 'O',
                roles: 'Lezer',
                roleCount: 1,
              },
            },
          },
          { except: [outsider.userId] },
        ),
      );
    const ids = await send();
    const recipients = await dataSource.query<{ recipient_id: string }[]>(
      'SELECT recipient_id FROM notification WHERE id = ANY($1::uuid[]) ORDER BY recipient_id',
      [ids],
    );
    expect(recipients.map((r) => r.recipient_id)).toEqual([both.userId, fg.userId].sort());
    expect(recipients.map((r) => r.recipient_id)).not.toContain(viewer.userId);
    const emails = await dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM email_outbox WHERE notification_id = ANY($1::uuid[])',
      [ids],
    );
    expect(Number(emails[0].n)).toBe(2);

    const count = async () =>
      Number((await dataSource.query('SELECT count(*) AS n FROM notification'))[0].n);
    const before = await count();
    await expect(
      dataSource.transaction(async (em) => {
        await service.notify(em, {
          recipients: [fg.userId],
          kind: 'TEST',
          message: {
            key: 'notification.memberJoined',
            params: {
              name: 'R',
              email: 'r@example.nl',
              organisation: 'O',
              roles: 'Lezer',
              roleCount: 1,
            },
          },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count()).toBe(before);
  });
});

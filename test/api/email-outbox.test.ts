// The durable outbox against a real SMTP server: e-mails are written with the
// change that causes them and sent by the worker, at least once, each with its
// own stable Message-ID, in the recipient's language.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Locale, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { startApp, type RunningApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { UserEntity } from '../../apps/api/src/identity/user.entity';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { OutboxWorker } from '../../apps/api/src/notifications/outbox.worker';
import { createOrganisation, signUp } from '../support/identity';
import { eventually, TestSmtpServer } from '../support/smtp';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const INVITE = `mutation ($organisationId: ID!, $email: String!, $roles: [Role!]!) {
  inviteMember(input: { organisationId: $organisationId, email: $email, roles: $roles }) { id token }
}`;

interface OutboxRow {
  status: string;
  attempts: number;
  message_id: string;
  last_error: string | null;
  sent_at: Date | null;
}

async function outboxRow(dataSource: DataSource, to: string): Promise<OutboxRow | undefined> {
  const rows = await dataSource.query<OutboxRow[]>(
    'SELECT status, attempts, message_id, last_error, sent_at FROM email_outbox WHERE to_address = $1',
    [to],
  );
  return rows[0];
}

describe('the e-mail outbox', () => {
  const smtp = new TestSmtpServer();
  let app: TestApp;
  let board: string;
  let admin: Awaited<ReturnType<typeof signUp>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ env: smtp.env() });
    dataSource = app.running.app.get(DataSource);
    board = await createOrganisation(app, { kind: OrganisationKind.BOARD, name: 'Stichting Eem' });
    admin = await signUp(app, { organisationId: board, roles: [Role.ADMIN], name: 'Anna Admin' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const invite = (email: string) =>
    app.graphql(
      INVITE,
      { organisationId: board, email, roles: [Role.PRIVACY_OFFICER] },
      { token: admin.token },
    );

  it('e-mails an invitation with the token link and the stored Message-ID, in Dutch for a new person invited by a Dutch admin', async () => {
    const res = await invite('nieuw@eem.example.nl');
    expect(res.errors).toBeUndefined();
    const token = res.data!.inviteMember.token as string;
    const [mail] = await eventually(
      () => (smtp.to('nieuw@eem.example.nl').length ? smtp.to('nieuw@eem.example.nl') : undefined),
      'the invitation e-mail',
    );
    const row = (await outboxRow(dataSource, 'nieuw@eem.example.nl'))!;
    expect(row.message_id).toMatch(/^<[0-9a-f-]{36}@regie\.test>$/);
    expect(mail.parsed.messageId).toBe(row.message_id);
    expect(mail.parsed.subject).toBe('Uitnodiging voor Stichting Eem in Regie');
    expect(mail.parsed.from?.value).toEqual([{ name: 'Regie', address: 'regie@regie.test' }]);
    expect(mail.parsed.headers.get('content-language')).toBe('nl');
    expect(mail.parsed.text).toContain(
      'Anna Admin nodigt je uit om lid te worden van Stichting Eem in Regie, met de rol Functionaris gegevensbescherming.',
    );
    expect(mail.parsed.text).toContain(
      `https://regie.test/invitations/accept#${new URLSearchParams({ token })}`,
    );
    // The server saw the credentials of the configuration.
    expect(mail.user).toBe('regie');
    await eventually(
      async () =>
        (await outboxRow(dataSource, 'nieuw@eem.example.nl'))?.status === 'SENT' ? true : undefined,
      'the row marked sent',
    );
  });

  it('writes to a person who has an account in their own language', async () => {
    const other = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    const english = await signUp(app, { organisationId: other, roles: [Role.VIEWER] });
    await dataSource
      .getRepository(UserEntity)
      .update({ id: english.userId }, { locale: Locale.EN });
    expect((await invite(english.email)).errors).toBeUndefined();
    const [mail] = await eventually(
      () => (smtp.to(english.email).length ? smtp.to(english.email) : undefined),
      'the English invitation',
    );
    expect(mail.parsed.subject).toBe('Invitation to Stichting Eem in Regie');
    expect(mail.parsed.text).toContain('Anna Admin invites you to join Stichting Eem');
    expect(mail.parsed.headers.get('content-language')).toBe('en');
  });

  it('retries when the server says "try later" (451), and delivers once; the invitation itself succeeded at once', async () => {
    smtp.refuseNext(451);
    const res = await invite('later@eem.example.nl');
    expect(res.errors).toBeUndefined();
    expect(res.data!.inviteMember.token).toMatch(/^regie_inv/);
    const sent = await eventually(async () => {
      const row = await outboxRow(dataSource, 'later@eem.example.nl');
      return row?.status === 'SENT' ? row : undefined;
    }, 'the retried e-mail');
    expect(sent.attempts).toBe(2);
    expect(sent.last_error).toMatch(/451/);
    expect(smtp.to('later@eem.example.nl').map((m) => m.parsed.messageId)).toEqual([
      sent.message_id,
    ]);
  });

  it('loses nothing while the SMTP server is down, and sends once it is back', async () => {
    await smtp.stop();
    const res = await invite('down@eem.example.nl');
    expect(res.errors).toBeUndefined();
    // Several attempts fail (connection refused) and the row waits, pending.
    const waiting = await eventually(async () => {
      const row = await outboxRow(dataSource, 'down@eem.example.nl');
      return row && row.attempts >= 2 ? row : undefined;
    }, 'failed attempts');
    expect(waiting.status).toBe('PENDING');
    expect(waiting.last_error).toMatch(/ECONNREFUSED|connect/i);
    // The invitation exists, committed, whatever the mail server does.
    const invitations = await app.graphql(
      'query ($id: ID!) { invitations(organisationId: $id) { email } }',
      { id: board },
      { token: admin.token },
    );
    expect(invitations.data!.invitations.map((i: { email: string }) => i.email)).toContain(
      'down@eem.example.nl',
    );

    await smtp.start();
    const sent = await eventually(async () => {
      const row = await outboxRow(dataSource, 'down@eem.example.nl');
      return row?.status === 'SENT' ? row : undefined;
    }, 'the e-mail after the server came back');
    expect(smtp.to('down@eem.example.nl').map((m) => m.parsed.messageId)).toEqual([
      sent.message_id,
    ]);
  });

  it('sends a repeat with the same Message-ID when sending was not recorded (a crash in between)', async () => {
    expect((await invite('twice@eem.example.nl')).errors).toBeUndefined();
    const first = await eventually(async () => {
      const row = await outboxRow(dataSource, 'twice@eem.example.nl');
      return row?.status === 'SENT' ? row : undefined;
    }, 'the first delivery');
    // What a crash after the server accepted it and before the row was marked leaves
    // behind: a claimed row whose claim has run out.
    await dataSource.query(
      "UPDATE email_outbox SET status = 'PENDING', sent_at = NULL, next_attempt_at = now() WHERE message_id = $1",
      [first.message_id],
    );
    const received = await eventually(
      () =>
        smtp.to('twice@eem.example.nl').length === 2 ? smtp.to('twice@eem.example.nl') : undefined,
      'the repeat',
    );
    expect(received.map((m) => m.parsed.messageId)).toEqual([first.message_id, first.message_id]);
  });

  it('keeps an e-mail whose transaction rolled back out of the outbox', async () => {
    // Inviting an existing member fails (ALREADY_EXISTS) after nothing was written.
    const res = await invite(admin.email);
    expect(res.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await outboxRow(dataSource, admin.email)).toBeUndefined();
  });
});

describe('the e-mail outbox across a crash', () => {
  const smtp = new TestSmtpServer();
  let database: TestDatabase;
  let running: RunningApp | undefined;

  const start = (env: Record<string, string>) =>
    startApp({
      ...loadConfig({ NODE_ENV: 'test', PORT: '0', REGIE_DEMO: '0', LOG_LEVEL: 'warn', ...env }),
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
    });

  beforeAll(async () => {
    await smtp.start();
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await running?.close();
    await database.drop();
    await smtp.stop();
  });

  it('sends after a restart the e-mail that was committed but never sent', async () => {
    // The first process writes the e-mail and stops before its worker ever runs:
    // what a kill between the commit and the send leaves behind.
    running = await start(smtp.env({ REGIE_MAIL_INTERVAL_MS: '0' }));
    const fake = { graphql: undefined, running } as unknown as TestApp;
    const board = await createOrganisation(fake, { kind: OrganisationKind.BOARD });
    const admin = await signUp(fake, { organisationId: board, roles: [Role.ADMIN] });
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({
        query: INVITE,
        variables: { organisationId: board, email: 'restart@example.nl', roles: [Role.VIEWER] },
      }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    const pending = await outboxRow(running.app.get(DataSource), 'restart@example.nl');
    expect(pending).toMatchObject({ status: 'PENDING', attempts: 0 });
    await running.close();
    running = undefined;
    expect(smtp.to('restart@example.nl')).toEqual([]);

    running = await start(smtp.env());
    const [mail] = await eventually(
      () => (smtp.to('restart@example.nl').length ? smtp.to('restart@example.nl') : undefined),
      'the e-mail after the restart',
    );
    expect(mail.parsed.messageId).toBe(pending!.message_id);
    const dataSource = running.app.get(DataSource);
    await eventually(
      async () =>
        (await outboxRow(dataSource, 'restart@example.nl'))?.status === 'SENT' ? true : undefined,
      'the row marked sent',
    );
    expect(smtp.to('restart@example.nl')).toHaveLength(1);
  });

  it('sends each e-mail once when several workers drain the outbox at the same time', async () => {
    await running?.close();
    running = await start(smtp.env({ REGIE_MAIL_INTERVAL_MS: '0' }));
    const dataSource = running.app.get(DataSource);
    const service = running.app.get(NotificationsService);
    const addresses = Array.from({ length: 12 }, (_, i) => `crowd-${i}@example.nl`);
    await dataSource.transaction(async (em) => {
      for (const to of addresses)
        await service.enqueueEmail(em, {
          kind: 'TEST',
          to,
          locale: Locale.NL,
          subject: 'Test',
          text: 'Test',
        });
    });
    // Three workers at once: on a server each claims through its own connection.
    const worker = running.app.get(OutboxWorker);
    const sent = await Promise.all([worker.drain(), worker.drain(), worker.drain()]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(12);
    for (const to of addresses) expect(smtp.to(to)).toHaveLength(1);
  });

  it('writes the e-mail to the log and marks it sent when no SMTP server is configured', async () => {
    await running?.close();
    const log = jest.spyOn(Logger.prototype, 'log');
    running = await start({ REGIE_MAIL_INTERVAL_MS: '50' });
    const fake = { running } as unknown as TestApp;
    const board = await createOrganisation(fake, { kind: OrganisationKind.BOARD });
    const admin = await signUp(fake, { organisationId: board, roles: [Role.ADMIN] });
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({
        query: INVITE,
        variables: { organisationId: board, email: 'logged@example.nl', roles: [Role.VIEWER] },
      }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    const dataSource = running.app.get(DataSource);
    const row = await eventually(async () => {
      const r = await outboxRow(dataSource, 'logged@example.nl');
      return r?.status === 'SENT' ? r : undefined;
    }, 'the logged e-mail marked sent');
    expect(row.attempts).toBe(1);
    expect(smtp.to('logged@example.nl')).toEqual([]);
    const logged = log.mock.calls.find(
      ([entry]) => (entry as { to?: string } | undefined)?.to === 'logged@example.nl',
    );
    expect(logged?.[0]).toMatchObject({
      messageId: row.message_id,
      subject: expect.stringContaining('Uitnodiging'),
      text: expect.stringContaining('/invitations/accept#token=regie_inv'),
    });
    log.mockRestore();
  });
});

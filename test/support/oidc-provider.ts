// A real OpenID provider (the oidc-provider package, the certified implementation)
// on a port of its own, standing in for SURFconext. The person who "signs in" there
// is whoever the test names with `signInAs`: the provider's login and consent steps
// are completed for them, everything else (discovery, code, PKCE, tokens, userinfo)
// is the provider's own.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProviderAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Starts answering, for Regie's callback address (known once the app has started). */
  serve(redirectUri: string): Promise<void>;
  signInAs(account: ProviderAccount): void;
  close(): Promise<void>;
}

/** The part of oidc-provider's API that completes a login; it ships no types we can import here. */
interface InteractionApi {
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<unknown>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: object,
    options: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  };
}

export async function startOidcProvider(): Promise<TestOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'regie-test';
  const clientSecret = 'a-client-secret-of-sufficient-length-0123456789';
  let account: ProviderAccount | undefined;
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  server.on('request', (req, res) => handler?.(req, res));

  // An ES module, loaded as the app loads openid-client.
  const { default: Provider } = await import('oidc-provider');

  async function build(redirectUris: string[]) {
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: redirectUris,
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      findAccount: async (_ctx: unknown, sub: string) => ({
        accountId: sub,
        claims: async () => ({ ...account, sub }),
      }),
      interactions: {
        url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
      },
      features: { devInteractions: { enabled: false } },
      cookies: { keys: ['test-cookie-key-0123456789'] },
      pkce: { required: () => true },
      // Explicit lifetimes (seconds); the defaults print a notice each.
      ttl: {
        AccessToken: 600,
        AuthorizationCode: 60,
        Grant: 600,
        IdToken: 600,
        Interaction: 600,
        Session: 600,
      },
    });
    const callback = provider.callback();
    handler = (req, res) => {
      if (req.url?.startsWith('/interaction/')) {
        void finishInteraction(provider, req, res);
      } else {
        callback(req, res);
      }
    };
  }

  async function finishInteraction(
    provider: InteractionApi,
    req: IncomingMessage,
    res: ServerResponse,
  ) {
    try {
      if (!account) throw new Error('signInAs was not called');
      await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: account.sub, clientId });
      grant.addOIDCScope('openid email profile');
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  }

  return {
    issuer,
    clientId,
    clientSecret,
    serve: (redirectUri) => build([redirectUri]),
    signInAs(next) {
      account = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

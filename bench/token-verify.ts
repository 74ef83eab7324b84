// How many access tokens one process checks per second: the check every signed-in
// request pays before its resolver runs. Compares the key as a string (how it was
// configured before: jsonwebtoken tries to read it as a public key on every verify,
// fails, and only then makes a secret key) with the key made once, as the API now has it.
//   node -r @swc-node/register bench/token-verify.ts [verifications]
import { JwtService } from '@nestjs/jwt';
import {
  AccessTokensService,
  accessTokenJwtOptions,
} from '../apps/api/src/auth/access-tokens.service';

const COUNT = Number(process.argv[2] ?? 20_000);
const SECRET = 'a-signing-secret-of-the-length-JWT_SECRET-asks-for-0123456789';
const USER = '00000000-0000-4000-8000-000000000001';

async function perSecond(tokens: AccessTokensService, token: string): Promise<number> {
  // A warm-up, then the best of three rounds: the machine is shared.
  for (let i = 0; i < 1_000; i++) await tokens.read(token);
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < COUNT; i++) {
      if (!(await tokens.read(token))) throw new Error('a valid token was refused');
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    best = Math.max(best, COUNT / seconds);
  }
  return best;
}

async function main() {
  const prepared = new AccessTokensService(new JwtService(accessTokenJwtOptions(SECRET)));
  const asString = new AccessTokensService(new JwtService({ secret: SECRET }));
  // The same key either way: a token from one verifies with the other.
  const { accessToken } = await prepared.issue(USER);
  const before = await perSecond(asString, accessToken);
  const after = await perSecond(prepared, accessToken);
  const format = (n: number) => Math.round(n).toLocaleString('en');
  console.log(`key as a string (before): ${format(before)} verifications/s`);
  console.log(`key made once (now):      ${format(after)} verifications/s`);
  console.log(`${(after / before).toFixed(1)}× as many`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

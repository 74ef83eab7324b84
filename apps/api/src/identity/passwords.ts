import * as argon2 from 'argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

// Verified against when the e-mail is unknown, so that an unknown address and a wrong
// password cost the same time and cannot be told apart.
let decoy: Promise<string> | undefined;

export async function verifyPassword(
  hash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!hash) {
    await argon2
      .verify(await (decoy ??= hashPassword('regie-decoy-password')), password)
      .catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

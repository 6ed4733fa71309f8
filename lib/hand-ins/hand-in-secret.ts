import 'server-only';

/** The fewest characters a signing secret may have: `openssl rand -base64 32` gives 44. */
export const MIN_SECRET_LENGTH = 32;

export type SecretState = { ok: true; secret: string } | { ok: false; reason: string };

/**
 * The secret hand-ins are signed with, from HAND_IN_SECRET. Without one,
 * or with one short enough to guess from a hand-in and its code, nothing is
 * signed and hand-ins say they are unverified.
 */
export function handInSecret(value = process.env.HAND_IN_SECRET): SecretState {
  const secret = value?.trim() ?? '';
  if (secret === '') return { ok: false, reason: 'this Close Reader has no signing secret (HAND_IN_SECRET), so its hand-ins carry no verification code' };
  if (secret.length < MIN_SECRET_LENGTH) {
    return { ok: false, reason: `this Close Reader’s signing secret (HAND_IN_SECRET) is ${secret.length} characters, fewer than the ${MIN_SECRET_LENGTH} needed, so its hand-ins carry no verification code` };
  }
  return { ok: true, secret };
}

/**
 * The Deep Linking response (Deep Linking 2.0 §4): the set a teacher picked,
 * as one LtiResourceLink with a line item, so the gradebook column appears
 * by itself, signed with the tool's key and posted back to the platform.
 */
import { SignJWT } from 'jose';

import type { LoadedSet } from '@/lib/content';

import type { ToolKey } from './config';
import { CLAIMS } from './launch-claims';
import type { DeepLinkSession } from './launch';
import { random } from './login';
import { maxScoreOf } from './set-points';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';

/** The content item for a set: a link that launches it, with its gradebook column. */
export function contentItemFor(set: LoadedSet, launchUrl: string) {
  const text = [set.audience, `${set.questions.length} questions`, set.assessment ? 'graded assessment' : set.mode].filter(Boolean).join(' · ');
  return {
    type: 'ltiResourceLink',
    title: set.title,
    text: set.description ? `${text}. ${set.description}` : text,
    url: launchUrl,
    custom: { set: set.id },
    lineItem: { scoreMaximum: maxScoreOf(set), label: set.title, resourceId: set.id },
  };
}

export function signDeepLinkingResponse(key: ToolKey, request: DeepLinkSession, items: unknown[]): Promise<string> {
  return new SignJWT({
    nonce: random(),
    [`${LTI}deployment_id`]: request.dep,
    [`${LTI}message_type`]: 'LtiDeepLinkingResponse',
    [`${LTI}version`]: '1.3.0',
    [CLAIMS.deepLinkingContentItems]: items,
    ...(request.data ? { [CLAIMS.deepLinkingData]: request.data } : {}),
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(request.cid)
    .setAudience(request.pis)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key.privateKey);
}

import { describe, expect, it } from 'vitest';
import { isTokenName } from '../../../src/core/redact/token-names.ts';

describe('isTokenName', () => {
  it.each([
    'access_token', 'id_token', 'refresh_token', 'oauth_token', 'code', 'session', 'session_state', 'sid', 'JSESSIONID',
    'PHPSESSID', 'ASP.NET_SessionId', 'sessionId', 'api_key', 'apikey', 'apiKey', 'x-api-key', 'X-Amz-Signature',
    'X-Amz-Security-Token', 'X-Amz-Credential', 'X-Goog-Signature', 'X-Goog-Credential', 'sig', 'Signature', 'password',
    'passwd', 'pwd', 'auth', 'client_secret', 'csrfmiddlewaretoken', 'authenticity_token', 'jwt', 'ticket', 'AWSAccessKeyId',
  ])('masks %s', (name) => {
    expect(isTokenName(name)).toBe(true);
  });

  it.each(['state', 'nonce', 'token_type', 'country_code', 'zipcode', 'keyword', 'monkey', 'authuser', 'author', 'page', 'q', 'utm_source', 'Expires'])(
    'leaves %s',
    (name) => {
      expect(isTokenName(name)).toBe(false);
    },
  );
});

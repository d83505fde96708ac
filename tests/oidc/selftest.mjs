// Self-test for provider.mjs: drives the whole browser flow with plain fetch + a manual cookie jar.
// Usage: cd tests/oidc && npm ci && node selftest.mjs   (exit 0 = pass)
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';

const REDIRECT = 'http://127.0.0.1:9/cb';
const POST_LOGOUT = 'http://127.0.0.1:9/bye';
const log = (...a) => console.log('  ✓', ...a);
function check(cond, msg, extra) {
  if (!cond) throw new Error(`${msg}${extra !== undefined ? `: ${JSON.stringify(extra)}` : ''}`);
}

// ---- start the provider ----
const child = spawn(process.execPath, [fileURLToPath(new URL('./provider.mjs', import.meta.url))], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
process.on('uncaughtException', (err) => {
  console.error(`SELFTEST FAILED: ${err.message}`);
  child.kill('SIGTERM');
  process.exit(1);
});
const { issuer } = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('provider did not print its JSON line within 10s')), 10_000);
  child.on('exit', (code) => reject(new Error(`provider exited early with ${code}`)));
  createInterface({ input: child.stdout }).once('line', (line) => { clearTimeout(timer); resolve(JSON.parse(line)); });
});
console.log(`provider at ${issuer}`);

// ---- tiny browser: cookie jar (path ignored; all cookies go to the one host), no redirect following ----
class Browser {
  jar = new Map();
  async req(method, url, { body, form, headers = {}, expect } = {}) {
    const h = { ...headers };
    if (this.jar.size) h.cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (form) { body = new URLSearchParams(form).toString(); h['content-type'] = 'application/x-www-form-urlencoded'; }
    const res = await fetch(new URL(url, issuer), { method, body, headers: h, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1)];
      const expired = attrs.some((a) => /^\s*expires=/i.test(a) && new Date(a.split('=')[1]) < new Date());
      if (expired || value === '') this.jar.delete(name); else this.jar.set(name, value);
    }
    const text = await res.text();
    if (expect) check(res.status === expect, `${method} ${url} -> expected ${expect}, got ${res.status}`, text.slice(0, 500));
    return { status: res.status, location: res.headers.get('location'), text, headers: res.headers };
  }
}
const api = new Browser();
const json = async (method, path, payload) => {
  const r = await api.req(method, path, { body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } });
  check(r.status < 300, `${method} ${path} failed ${r.status}`, r.text);
  return JSON.parse(r.text);
};
const jwks = async () => createLocalJWKSet(await (await fetch(disco.jwks_uri)).json());
const kids = async () => (await (await fetch(disco.jwks_uri)).json()).keys.map((k) => k.kid);

// ---- discovery ----
const disco = JSON.parse((await api.req('GET', '/.well-known/openid-configuration', { expect: 200 })).text);
check(disco.issuer === issuer, 'issuer mismatch', disco.issuer);
check(disco.end_session_endpoint, 'end_session_endpoint missing from discovery');
check(disco.registration_endpoint, 'registration_endpoint missing from discovery');
log('discovery, end_session_endpoint =', disco.end_session_endpoint);

// ---- dynamic registration ----
const reg = await api.req('POST', disco.registration_endpoint, {
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    redirect_uris: [REDIRECT], post_logout_redirect_uris: [POST_LOGOUT],
    grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }),
  expect: 201,
});
const client = JSON.parse(reg.text);
check(client.client_id && client.client_secret, 'registration returned no credentials', client);
log('registered client', client.client_id, 'application_type', client.application_type);
const basic = `Basic ${Buffer.from(`${encodeURIComponent(client.client_id)}:${encodeURIComponent(client.client_secret)}`).toString('base64')}`;

// ---- authorization code flow with PKCE ----
async function codeFlow(browser, sub) {
  const verifier = crypto.randomBytes(32).toString('base64url');
  const state = crypto.randomBytes(8).toString('hex');
  const nonce = crypto.randomBytes(8).toString('hex');
  const auth = new URL(disco.authorization_endpoint);
  auth.search = new URLSearchParams({
    client_id: client.client_id, redirect_uri: REDIRECT, response_type: 'code',
    scope: 'openid email profile groups', state, nonce,
    code_challenge: crypto.hash('sha256', verifier, 'base64url'), code_challenge_method: 'S256',
  });
  let r = await browser.req('GET', auth, { expect: 303 });
  const seen = [];
  // follow the provider's redirects, answering each interaction prompt with the form post
  while (!r.location.startsWith(REDIRECT)) {
    const m = new URL(r.location, issuer).pathname.match(/^\/interaction\/([^/]+)$/);
    if (m) {
      const pageRes = await browser.req('GET', r.location, { expect: 200 });
      const prompt = pageRes.text.match(/data-prompt="(\w+)"/)[1];
      seen.push(prompt);
      r = prompt === 'login'
        ? await browser.req('POST', `/interaction/${m[1]}/login`, { form: { login: sub, password: 'x' }, expect: 303 })
        : await browser.req('POST', `/interaction/${m[1]}/confirm`, { form: {}, expect: 303 });
    } else {
      r = await browser.req('GET', r.location, { expect: 303 });
    }
    check(seen.length < 5, 'too many interactions', seen);
  }
  const cb = new URL(r.location);
  check(cb.searchParams.get('state') === state, 'state mismatch', r.location);
  check(cb.searchParams.get('iss') === issuer, 'iss mismatch in authorization response', r.location);
  const code = cb.searchParams.get('code');
  check(code, 'no code in redirect', r.location);

  const tok = await browser.req('POST', disco.token_endpoint, {
    headers: { authorization: basic },
    form: { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier },
    expect: 200,
  });
  return { ...JSON.parse(tok.text), nonce, prompts: seen };
}

async function checkTokens(t, sub, groups) {
  const keySet = await jwks();
  const { payload: id, protectedHeader: idh } = await jwtVerify(t.id_token, keySet, { issuer, audience: client.client_id });
  check(id.sub === sub && id.nonce === t.nonce, 'id token sub/nonce', id);
  check(typeof id.email === 'string' && id.email_verified === true && id.name, 'id token lacks email/name', id);
  check(JSON.stringify(id.groups) === JSON.stringify(groups), 'id token groups', id);
  const { payload: at, protectedHeader: ath } = await jwtVerify(t.access_token, keySet, { issuer, audience: 'ostoja', typ: 'at+jwt' });
  check(at.sub === sub && JSON.stringify(at.groups) === JSON.stringify(groups) && at.email === id.email && at.name === id.name, 'access token claims', at);
  check(at.client_id === client.client_id, 'access token client_id', at);
  return { id, idh, at, ath };
}

// ---- flow 1: anna ----
const browser1 = new Browser();
const t1 = await codeFlow(browser1, 'anna');
log('flow as anna, prompts:', t1.prompts.join(' -> '), '; token response keys:', Object.keys(t1).filter((k) => k !== 'prompts' && k !== 'nonce').join(','));
const v1 = await checkTokens(t1, 'anna', ['ops-admins', 'zi-czlonkowie']);
log('ID token', JSON.stringify(v1.id));
log('access token header', JSON.stringify(v1.ath), 'payload', JSON.stringify(v1.at));
check(t1.refresh_token, 'no refresh token');
const rt = await api.req('POST', disco.token_endpoint, {
  headers: { authorization: basic }, form: { grant_type: 'refresh_token', refresh_token: t1.refresh_token }, expect: 200,
});
check(decodeJwt(JSON.parse(rt.text).access_token).aud === 'ostoja', 'refreshed access token aud');
log('refresh_token grant -> new JWT access token with aud ostoja');

// SSO: same browser again skips both prompts
const t1b = await codeFlow(browser1, 'anna');
check(t1b.prompts.length === 0, 'expected no prompts on second flow in the same browser', t1b.prompts);
log('second flow in same browser: no prompts (session + grant reused)');

// unknown login
{
  const b = new Browser();
  const auth = new URL(disco.authorization_endpoint);
  auth.search = new URLSearchParams({
    client_id: client.client_id, redirect_uri: REDIRECT, response_type: 'code', scope: 'openid',
    code_challenge: crypto.hash('sha256', 'x'.repeat(43), 'base64url'), code_challenge_method: 'S256',
  });
  const r = await b.req('GET', auth, { expect: 303 });
  const bad = await b.req('POST', `${r.location}/login`, { form: { login: 'nobody' }, expect: 400 });
  log('unknown login -> 400:', bad.text);
}

// ---- /test/sign ----
const claims = { iss: issuer, aud: 'ostoja', sub: 'anna', iat: 1700000000, nbf: 1700000000, exp: 4102444800, groups: ['x'] };
const s1 = await json('POST', '/test/sign', { claims });
const vs1 = await jwtVerify(s1.token, await jwks());
check(JSON.stringify(vs1.payload) === JSON.stringify(claims), '/test/sign payload differs', vs1.payload);
const kid1 = vs1.protectedHeader.kid;
check(kid1 === v1.idh.kid, '/test/sign kid != ID token kid');
log('/test/sign verified against JWKS, header', JSON.stringify(vs1.protectedHeader));

// ---- /test/rotate ----
const { kid: kid2 } = await json('POST', '/test/rotate', {});
check(kid2 && kid2 !== kid1, 'rotate returned no new kid', kid2);
const ks = await kids();
check(ks[0] === kid2 && ks.includes(kid1), 'JWKS after rotation', ks);
log('rotated: JWKS kids', ks.join(', '));
const s2 = await json('POST', '/test/sign', { claims });
const vs2 = await jwtVerify(s2.token, await jwks());
check(vs2.protectedHeader.kid === kid2, 'signed after rotation with old kid', vs2.protectedHeader);
check((await jwtVerify(s1.token, await jwks())).protectedHeader.kid === kid1, 'old token no longer verifies');
const s3 = await json('POST', '/test/sign', { claims, kid: kid1 });
check(decodeProtectedHeader(s3.token).kid === kid1, 'sign with explicit old kid');
await jwtVerify(s3.token, await jwks());
log('/test/sign after rotation uses new kid; old-kid tokens still verify');

// new account + new browser after rotation: same client must still work, ID token signed with new key
const put = await json('PUT', '/test/accounts/zofia', { email: 'zofia@zory.pl', name: 'Zofia Test', groups: ['g1', 'g2'] });
log('PUT /test/accounts/zofia ->', JSON.stringify(put));
const t2 = await codeFlow(new Browser(), 'zofia');
const v2 = await checkTokens(t2, 'zofia', ['g1', 'g2']);
check(v2.idh.kid === kid2 && v2.ath.kid === kid2, 'tokens after rotation not signed with the new kid', [v2.idh, v2.ath]);
log('flow after rotation as zofia, prompts:', t2.prompts.join(' -> '), '; ID token + access token kid', kid2);
// an older browser session (created before rotation) still works
check((await codeFlow(browser1, 'anna')).prompts.length === 0, 'pre-rotation session lost');
log('pre-rotation session still valid after rotation');

// ---- RP-initiated logout ----
{
  const end = new URL(disco.end_session_endpoint);
  end.search = new URLSearchParams({ id_token_hint: t1.id_token, post_logout_redirect_uri: POST_LOGOUT, state: 'bye1' });
  const r = await browser1.req('GET', end, { expect: 200 });
  const form = Object.fromEntries([...r.text.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const action = r.text.match(/<form [^>]*action="([^"]+)"/)[1];
  const done = await browser1.req('POST', action, { form: { ...form, logout: 'yes' }, expect: 303 });
  check(done.location === `${POST_LOGOUT}?state=bye1`, 'post logout redirect', done.location);
  const after = await codeFlow(browser1, 'anna');
  check(after.prompts[0] === 'login', 'session survived logout', after.prompts);
  log('logout: GET end_session -> 200 form, POST', new URL(action).pathname, '-> 303', done.location);
}

console.log('SELFTEST PASSED');
child.kill('SIGTERM');
process.exit(0);

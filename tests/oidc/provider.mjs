// Test-only OpenID Connect provider (panva/oidc-provider) for Ostoja integration tests.
// Usage: node tests/oidc/provider.mjs [--port N]
// Prints ONE JSON line {"issuer","port"} to stdout once listening; everything else goes to stderr.
// Exits when stdin closes (parent died) or on SIGTERM/SIGINT. See docs/developers/testing.md.
import http from 'node:http';
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import Provider, { errors } from 'oidc-provider';
// Deep imports (the package has no "exports" map; version is pinned): the default adapter
// keeps a per-Provider-instance store, but /test/rotate rebuilds the Provider, so all
// instances share one store (clients, sessions, grants, codes survive a rotation).
import MemoryAdapter from 'oidc-provider/lib/adapters/memory_adapter.js';
import LRU from 'oidc-provider/lib/helpers/lru.js';
import { CompactSign } from 'jose';

// stdout is reserved for the single JSON line; oidc-provider prints notices via console.info.
console.log = console.info = console.debug = (...args) => console.error(...args);

const { values: args } = parseArgs({ options: { port: { type: 'string', default: '0' } } });

const RESOURCE = 'urn:ostoja';
const RESOURCE_SERVER = {
  audience: 'ostoja', accessTokenFormat: 'jwt', accessTokenTTL: 3600, scope: 'openid email profile groups',
};

// ---- accounts (keyed by sub) ----
const accounts = new Map(Object.entries({
  anna: { email: 'anna@zory.pl', name: 'Anna Nowak', groups: ['ops-admins', 'zi-czlonkowie'] },
  jan: { email: 'jan@zory.pl', name: 'Jan Kowalski', groups: ['pracownicy-socjalni'] },
  ewa: { email: 'ewa@example.com', name: 'Ewa Wiśniewska', groups: [] },
}));
const accountClaims = (sub) => ({
  email_verified: true, preferred_username: sub, groups: [], ...accounts.get(sub), sub,
});
async function findAccount(ctx, sub) {
  if (!accounts.has(sub)) return undefined;
  return { accountId: sub, claims: async () => accountClaims(sub) };
}

// ---- signing keys (newest first) ----
const keys = [];
function addKey() {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `k${keys.length + 1}-${crypto.randomBytes(4).toString('hex')}`;
  keys.unshift({ kid, privateKey, jwk: { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } });
  return kid;
}

// ---- oidc-provider ----
const store = new LRU({ maxSize: 100_000 });
const cookieKeys = [crypto.randomBytes(32).toString('hex')];

function buildProvider(issuer) {
  const provider = new Provider(issuer, {
    adapter: (model) => new MemoryAdapter(model, store),
    jwks: { keys: keys.map((k) => k.jwk) },
    cookies: { keys: cookieKeys }, // same keys for every instance so cookies survive rotation
    findAccount,
    scopes: ['openid', 'offline_access', 'email', 'profile', 'groups'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'preferred_username'],
      groups: ['groups'],
    },
    conformIdTokenClaims: false, // ID token carries the claims of the granted scopes
    pkce: { required: () => true }, // for every client, S256 only
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    interactions: { url: async (ctx, interaction) => `${issuer}/interaction/${interaction.uid}` }, // absolute
    ttl: { // explicit (also silences oidc-provider's "SHOULD change" notices)
      AccessToken: (ctx, token) => token.resourceServer?.accessTokenTTL ?? 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      RefreshToken: 14 * 24 * 3600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
    extraTokenClaims: async (ctx, token) => {
      if (token.kind !== 'AccessToken' || !accounts.has(token.accountId)) return undefined;
      const { email, name, groups } = accountClaims(token.accountId);
      return { email, name, groups };
    },
    features: {
      devInteractions: { enabled: false },
      registration: { enabled: true, initialAccessToken: false },
      rpInitiatedLogout: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (ctx, indicator) => {
          if (indicator !== RESOURCE) throw new errors.InvalidTarget();
          return RESOURCE_SERVER;
        },
      },
    },
  });
  provider.on('server_error', (ctx, err) => console.error('server_error', err));
  return provider;
}

// ---- interactions (plain HTML forms, no JS) ----
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function page(details) {
  const { uid, prompt, params } = details;
  const form = prompt.name === 'login'
    ? `<form method="post" action="/interaction/${uid}/login">
<input name="login" placeholder="sub (anna, jan, ewa)" autofocus> <input name="password" type="password">
<button type="submit">Sign in</button></form>`
    : `<form method="post" action="/interaction/${uid}/confirm"><button type="submit">Allow</button></form>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${prompt.name}</title></head>
<body data-prompt="${prompt.name}"><h1>${prompt.name}</h1><p>client ${esc(params.client_id)}, scope ${esc(params.scope)}</p>
${form}<form method="post" action="/interaction/${uid}/abort"><button type="submit">Cancel</button></form></body></html>`;
}

async function interaction(provider, req, res, uid, action, body) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, 'interaction uid does not match the interaction cookie');
  const { prompt, params, session } = details;
  if (!action && req.method === 'GET') return send(res, 200, page(details), 'text/html; charset=utf-8');
  if (req.method !== 'POST') return send(res, 405, 'method not allowed');
  if (action === 'abort') {
    return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
  }
  if (action === 'login') {
    if (prompt.name !== 'login') return send(res, 400, `expected prompt login, got ${prompt.name}`);
    const sub = new URLSearchParams(body).get('login');
    if (!sub || !accounts.has(sub)) return send(res, 400, `unknown account: ${sub}`);
    return provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
  }
  if (action === 'confirm') {
    if (prompt.name !== 'consent') return send(res, 400, `expected prompt consent, got ${prompt.name}`);
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    const d = prompt.details;
    if (d.missingOIDCScope) grant.addOIDCScope(d.missingOIDCScope.join(' '));
    if (d.missingOIDCClaims) grant.addOIDCClaims(d.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(d.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    const consent = details.grantId ? {} : { grantId };
    return provider.interactionFinished(req, res, { consent }, { mergeWithLastSubmission: true });
  }
  return send(res, 404, 'not found');
}

// ---- /test admin endpoints ----
function sign({ claims, kid, alg = 'RS256', header = {} }) {
  if (!claims || typeof claims !== 'object') throw Object.assign(new Error('body.claims must be an object'), { status: 400 });
  // kid naming a known key (current or rotated-out) selects that key; an unknown kid is only put
  // into the header and the current key signs.
  const key = keys.find((k) => k.kid === kid) ?? keys[0];
  const protectedHeader = { kid: kid ?? key.kid, ...header, alg };
  const payload = Buffer.from(JSON.stringify(claims));
  if (alg === 'none') {
    const b64 = (x) => Buffer.from(x).toString('base64url');
    return `${b64(JSON.stringify(protectedHeader))}.${b64(payload)}.`;
  }
  // HS*: HMAC keyed with the public key PEM (classic algorithm-confusion attack), for negative tests.
  const signingKey = alg.startsWith('HS')
    ? crypto.createSecretKey(Buffer.from(crypto.createPublicKey(key.privateKey).export({ type: 'spki', format: 'pem' })))
    : key.privateKey;
  return new CompactSign(payload).setProtectedHeader(protectedHeader).sign(signingKey);
}

// ---- simulated outage of discovery and keys (the rest of the provider keeps working) ----
// mode 'off' answers normally, 'fail' answers 503 at once, 'hang' never answers (until the mode
// changes). discoveryHits counts requests for the discovery document.
const outage = { mode: 'off', discoveryHits: 0, held: [] };
function duringOutage(req, res, path) {
  if (path !== '/.well-known/openid-configuration' && path !== '/jwks') return false;
  if (path === '/.well-known/openid-configuration') outage.discoveryHits += 1;
  if (outage.mode === 'fail') { send(res, 503, 'outage'); return true; }
  if (outage.mode === 'hang') { outage.held.push(res); return true; }
  return false;
}

async function admin(req, res, path, body, state) {
  const json = () => (body ? JSON.parse(body) : {});
  let m;
  if (path === '/test/health' && req.method === 'GET') return send(res, 200, 'ok');
  if (path === '/test/outage') {
    if (req.method === 'POST') {
      const { mode } = json();
      if (!['off', 'fail', 'hang'].includes(mode)) return send(res, 400, 'mode is off, fail or hang');
      outage.mode = mode;
      if (mode !== 'hang') for (const held of outage.held.splice(0)) held.destroy();
    }
    return sendJson(res, 200, { mode: outage.mode, discoveryHits: outage.discoveryHits, held: outage.held.length });
  }
  if (path === '/test/rotate' && req.method === 'POST') {
    const kid = addKey();
    state.rebuild();
    console.error(`rotated signing key, current kid ${kid}, kids ${keys.map((k) => k.kid).join(',')}`);
    return sendJson(res, 200, { kid });
  }
  if (path === '/test/sign' && req.method === 'POST') return sendJson(res, 200, { token: await sign(json()) });
  if ((m = path.match(/^\/test\/accounts\/([^/]+)$/))) {
    const sub = decodeURIComponent(m[1]);
    if (req.method === 'PUT') {
      const { sub: _ignored, ...claims } = json();
      accounts.set(sub, claims);
      return sendJson(res, 200, accountClaims(sub));
    }
    if (req.method === 'GET' && accounts.has(sub)) return sendJson(res, 200, accountClaims(sub));
    if (req.method === 'DELETE') return sendJson(res, 200, { deleted: accounts.delete(sub) });
  }
  return send(res, 404, 'not found');
}

// ---- HTTP plumbing ----
function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
const sendJson = (res, status, obj) => send(res, status, JSON.stringify(obj), 'application/json');
async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

const state = { provider: null, handler: null, rebuild: null };
const server = http.createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  try {
    if (path.startsWith('/test/')) return await admin(req, res, path, await readBody(req), state);
    if (duringOutage(req, res, path)) return undefined;
    const m = path.match(/^\/interaction\/([^/]+)(?:\/(login|confirm|abort))?$/);
    if (m) {
      const body = req.method === 'POST' ? await readBody(req) : '';
      return await interaction(state.provider, req, res, m[1], m[2], body);
    }
    return state.handler(req, res);
  } catch (err) {
    const status = err.status ?? (err instanceof SyntaxError ? 400 : 500);
    const msg = `${err.name}: ${err.error_description ?? err.message}`;
    console.error(`${req.method} ${req.url} -> ${status}`, status >= 500 ? err : msg);
    if (!res.headersSent) send(res, status, msg);
    else res.end();
  }
});

server.listen(Number(args.port), '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  state.rebuild = () => {
    state.provider = buildProvider(issuer);
    state.handler = state.provider.callback();
  };
  addKey();
  state.rebuild();
  process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);
  console.error(`oidc test provider listening at ${issuer}`);
});

const exit = (why) => { console.error(`oidc test provider exiting: ${why}`); process.exit(0); };
process.stdin.on('end', () => exit('stdin closed')).on('close', () => exit('stdin closed')).resume();
process.on('SIGTERM', () => exit('SIGTERM'));
process.on('SIGINT', () => exit('SIGINT'));

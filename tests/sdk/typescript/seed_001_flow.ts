// Seed 001 ("The full flow"), verbatim but for the base URL, which comes from PRISM_URL.
import {
  GatekeeperCore,
  AuthService,
  TenantsService,
  KeysService,
  UsageService,
  GatekeeperError,
} from '@orkait/sdk';

const core = new GatekeeperCore({ baseUrl: process.env.PRISM_URL ?? 'http://localhost:8787' });

try {
  // 1 + 2. Sign up - returns access + refresh tokens and the user.
  const auth = new AuthService(core);
  const { accessToken } = await auth.signup({
    email: 'founder@example.com',
    password: 'hunter2pass',
    name: 'Founder',
  });

  // 3. Apply the token so the next calls are authenticated.
  core.setToken(accessToken);

  // 4. Create a tenant (positional name).
  const tenants = new TenantsService(core);
  const tenant = await tenants.create('Acme Inc');

  // 5. Create an API key for the tenant. plainTextKey is shown once.
  const keys = new KeysService(core);
  const { apiKey, plainTextKey } = await keys.create({
    tenantId: tenant.id,
    name: 'server-key',
    scopes: ['read', 'write'],
  });
  console.log('store this now, it is not retrievable later:', plainTextKey);

  // 6. Record a unit of metered usage against the tenant.
  const usage = new UsageService(core);
  const event = await usage.record({
    tenantId: tenant.id,
    apiKeyId: apiKey.id,
    service: 'inference',
    action: 'completion',
    quantity: 1,
  });
  console.log('recorded usage event', event.id);
} catch (err) {
  // 7. Every non-ok response throws GatekeeperError.
  if (err instanceof GatekeeperError) {
    console.error(`Gatekeeper error ${err.status} (${err.code ?? 'no-code'}): ${err.message}`);
    if (err.status === 429 && err.retryAfter !== undefined) {
      console.error(`rate limited, retry after ${err.retryAfter}s`);
    }
  } else {
    throw err;
  }
}

// The error-handling snippet of the same page.
try {
  const auth = new AuthService(core);
  await auth.login({ email: 'nobody@example.com', password: 'wrong' });
} catch (err) {
  if (err instanceof GatekeeperError) {
    console.error(err.status, err.code, err.message);
  }
}

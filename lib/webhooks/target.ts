import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPrivateAddress, privateFetchAllowed } from '@/lib/http/public-address';

/**
 * Why a webhook address cannot be used, or null. Only http(s) without credentials, and
 * never this machine or a private network (checked again at each delivery, since a
 * name can be pointed elsewhere later) unless NEWSROOM_ALLOW_PRIVATE_FETCH allows it.
 */
export async function webhookTargetProblem(raw: string, allowPrivate = privateFetchAllowed()): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter a full address, like https://partner.example/hooks/newsroom.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Use an http or https address.';
  if (url.username || url.password) return 'Leave the user name and password out of the address; deliveries are signed instead.';
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPrivateAddress(host) ? `${host} is a private or local address; webhooks cannot reach it.` : null;
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine; webhooks cannot reach it.`;
  try {
    const addresses = await lookup(host, { all: true });
    const local = addresses.find((a) => isPrivateAddress(a.address));
    return local ? `${host} points to a private or local address (${local.address}); webhooks cannot reach it.` : null;
  } catch {
    return `${host} could not be found.`;
  }
}

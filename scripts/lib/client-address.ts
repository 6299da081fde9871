import { BlockList, isIP } from 'node:net';

/**
 * The trusted reverse proxies (NEWSROOM_TRUSTED_PROXIES: addresses or CIDR ranges,
 * comma- or space-separated). Only a request arriving from one of them may name its
 * client in X-Forwarded-For; from anyone else that header is ignored.
 */
export function trustedProxies(spec: string): BlockList {
  const list = new BlockList();
  for (const entry of spec.split(/[\s,]+/).filter(Boolean)) {
    const [address, bits] = entry.split('/');
    const family = isIP(address!) === 6 ? 'ipv6' : isIP(address!) === 4 ? 'ipv4' : null;
    if (!family) throw new Error(`NEWSROOM_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    if (bits === undefined) list.addAddress(address!, family);
    else list.addSubnet(address!, Number(bits), family);
  }
  return list;
}

const bare = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
const familyOf = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');
const isTrusted = (list: BlockList, address: string) => isIP(address) !== 0 && list.check(address, familyOf(address));

/** True when the socket's peer is one of the trusted proxies. */
export const isTrustedPeer = (peer: string | undefined, list: BlockList) => !!peer && isTrusted(list, bare(peer));

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in
 * which case the right-most X-Forwarded-For entry that is not itself a trusted proxy
 * (entries further left were written by the client and prove nothing).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string {
  let address = bare(peer ?? '');
  if (!address) return 'unknown';
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => bare(hop.trim()))
    .filter(Boolean);
  while (isTrusted(trusted, address) && hops.length) {
    const next = hops.pop()!;
    if (!isIP(next)) break;
    address = next;
  }
  return address;
}

# Varnish in front of the newsroom (Varnish 7 with vmod_xkey from varnish-modules).
# Public pages, feeds and sitemaps are cached by their Surrogate-Key cache tags and
# purged by tag the moment the newsroom changes them (NEWSROOM_PURGER=varnish); the
# desk, sign-in, the API and anyone signed in pass straight through.
#
# Before use, set the backend (where `npm start` listens) and the purgers ACL (the
# newsroom's hosts). `scripts/varnish.ts` fills both in for tests and benchmarks.
vcl 4.1;

import std;
import xkey;

backend newsroom {
  .host = "127.0.0.1";   # NEWSROOM_BACKEND_HOST
  .port = "3000";        # NEWSROOM_BACKEND_PORT
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .probe = {
    .url = "/healthz";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
  }
}

# Who may purge: the newsroom's own instances.
acl purgers {
  "127.0.0.1";           # NEWSROOM_PURGERS
  "::1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the keys to purge in xkey-purge"));
    }
    # A hard purge: a killed story must not be served even while stale.
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged));
  }
  # Co-editing (/collab) is a WebSocket: piped to the newsroom as it is.
  if (req.http.upgrade ~ "(?i)websocket") {
    return (pipe);
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Health, readiness and metrics describe the newsroom as it is now: never cached.
  if (req.url ~ "^/(healthz|readyz|metrics)(\?|$)") {
    return (pass);
  }
  # The desk, its API and uploads, sign-in and Preview are never shared; live updates
  # (Server-Sent Events) stream straight from the newsroom.
  if (req.url ~ "^/(desk|api|login|media|preview|live)(/|\?|$)") {
    return (pass);
  }
  # Client-router navigations, prefetches and Server Actions want the flight data, per user.
  if (req.http.rsc || req.http.next-router-state-tree || req.http.next-router-prefetch || req.http.next-action) {
    return (pass);
  }
  # Someone signed in (the desk's session) or calling with credentials: straight through.
  if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(__Secure-)?authjs\.session-token") {
    return (pass);
  }
  # Any other cookie (analytics, consent) does not change a public page.
  unset req.http.Cookie;
  # Serve stale while refetching for a short while when the newsroom is healthy;
  # when it is down, what the object's grace allows (stale-if-error, a day).
  if (std.healthy(req.backend_hint)) {
    set req.grace = 30s;
  }
  return (hash);
}

sub vcl_pipe {
  if (req.http.upgrade) {
    set bereq.http.upgrade = req.http.upgrade;
    set bereq.http.connection = req.http.connection;
  }
}

sub vcl_backend_response {
  # The newsroom names each response's cache tags; xkey indexes them.
  if (beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
  }
  # stale-if-error: keep objects a day past their TTL for when the newsroom is down.
  if (beresp.http.Cache-Control ~ "stale-if-error=\d+") {
    set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, ".*stale-if-error=(\d+).*", "\1") + "s", 30s);
  }
  # A background refetch that fails leaves the stale object in place.
  if (beresp.status >= 500 && bereq.is_bgfetch) {
    return (abandon);
  }
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # Cache tags are for caches, not readers.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
}

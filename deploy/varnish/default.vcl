# The edge cache in front of the app servers (`make stack` runs it; docs/deploy.md maps it to a
# CDN). The app decides what may be cached: Varnish keeps a response only when its
# Cache-Control says so, and never one that sets a cookie or answers a signed-in person.
vcl 4.1;

import directors;
import std;

# The balancer's probe asks the cheap liveness URL: the process answers and can render. It
# does not touch the database on purpose: when the shared database is down every app server
# is equally unable, and readers should get the app's own "try again" page (503 with
# Retry-After), not Varnish's "no backend".
probe liveness {
    .request =
        "GET /health/live/ HTTP/1.1"
        "Host: 127.0.0.1"
        "User-Agent: varnish-probe"
        "Connection: close";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend app_a {
    .host = "127.0.0.1";
    .port = "8081";
    .probe = liveness;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

backend app_b {
    .host = "127.0.0.1";
    .port = "8082";
    .probe = liveness;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

# Who may purge: the app servers (wagtail.contrib.frontend_cache's HTTP backend, run by the
# task worker). On one machine that is the loopback address; elsewhere, the app servers' subnet.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app_a);
    app.add_backend(app_b);
}

sub vcl_recv {
    set req.backend_hint = app.backend();
    # The edge is the first hop readers reach: whatever X-Forwarded-For or X-Forwarded-Proto
    # they sent is theirs to forge, so the app servers get only the address Varnish saw (the
    # app believes it because Varnish is in TRUSTED_PROXIES). Behind a CDN, append instead.
    set req.http.X-Forwarded-For = client.ip;
    unset req.http.X-Forwarded-Proto;

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is allowed only from the app servers."));
        }
        # Forget the page with every query variant of it (a listing's ?page=2, ?tag=…), as the
        # app's own cache does: frontend_cache purges a page's plain address. A ban on the
        # stored URL (X-Url, set below) is checked lazily, so it costs nothing up front.
        ban("obj.http.X-Url ~ ^" + regsub(req.url, "\?.*$", "") + "(\?|$)");
        return (synth(200, "Purged"));
    }

    if (req.method == "POST" && req.url ~ "^/actions/") {
        # Keep the body of a public form post so that, when the app server dies before it
        # answers, the post can go to the other server (vcl_backend_error). Safe because every
        # action form stores one record per email (a second post is a no-op that thanks the
        # person again). The app refuses anything larger than this long before it is read.
        std.cache_req_body(4MB);
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # Tracking parameters change neither the page nor the cache key: a campaign email's link
    # is a hit. They are dropped from the URL the app sees (the app ignores them anyway); the
    # list is common/page_cache.py's TRACKING_PARAMETERS.
    if (req.url ~ "[?&](utm_[A-Za-z0-9_]+|source|partner|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|twclid|li_fat_id|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|ref_url|yclid|mkt_tok|_hsenc|_hsmi|s_cid)=") {
        set req.url = regsuball(req.url, "([?&])(utm_[A-Za-z0-9_]+|source|partner|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|twclid|li_fat_id|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|ref_url|yclid|mkt_tok|_hsenc|_hsmi|s_cid)=[^&#]*", "\1");
        set req.url = regsuball(req.url, "&{2,}", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]+$", "");
    }

    # Signed-in editors, API clients and anyone mid-flow (a flash message waiting) get the
    # app itself, never a shared copy.
    if (req.http.Authorization || req.url ~ "^/admin(/|$)"
        || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Every other cookie (csrftoken, analytics) does not change a public page: drop it, so the
    # page can be shared. A page that needs a token sets a fresh one and is then not stored.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Never store a response that sets a cookie, or that the app did not mark as shareable.
    # (Varnish's own default would keep a page without Cache-Control for two minutes.)
    if (beresp.http.Set-Cookie
        || !beresp.http.Cache-Control
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 30s;
        return (deliver);
    }
    # Otherwise s-maxage / max-age set the lifetime and stale-while-revalidate the grace,
    # exactly as the app sent them. The URL is kept on the object for the purge's ban.
    set beresp.http.X-Url = bereq.url;
    return (deliver);
}

sub vcl_backend_fetch {
    # A retry goes to the other server: asking the director again could pick the same one
    # (other requests move the rotation on), and the probes take a second or two to notice.
    if (bereq.retries > 0) {
        if (bereq.http.X-Failed-Backend == "app_a") {
            set bereq.backend = app_b;
        } else {
            set bereq.backend = app_a;
        }
    }
    unset bereq.http.X-Failed-Backend;
}

sub vcl_backend_error {
    # The chosen server died or refused the connection: try the other one once.
    if (bereq.retries == 0) {
        set bereq.http.X-Failed-Backend = beresp.backend.name;
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.X-Url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}

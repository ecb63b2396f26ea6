vcl 4.1;
# The HTTP cache in front of the app servers. deploy/serve-prod.sh fills in
# the @...@ values and starts varnishd with the result.

import directors;
import std;

# An app server is in rotation while its database answers. Redis is left out
# on purpose: without it the site is slower, not broken (see /healthz).
probe app_alive {
    .url = "/healthz?check=database";
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "@APP1_PORT@";
    .probe = app_alive;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "@APP2_PORT@";
    .probe = app_alive;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

# Wagtail's frontend cache sends PURGE from the app servers (pagecache/
# sends every page that shows a change, not only the page itself).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new apps = directors.round_robin();
    apps.add_backend(app1);
    apps.add_backend(app2);
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # A purge of a path removes every variant of it (a listing's filters
        # and pages), as Django's page cache does: a ban on the path each
        # cached object records, which the ban lurker can check by itself.
        ban("obj.http.X-Url-Path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Never from the cache: the admin, search results, the inquiry form
    # (CSRF token), the health probe.
    if (req.url ~ "^/(admin|django-admin|search|inquire|healthz)(/|\?|$)") {
        return (pass);
    }
    # A session (an editor) or a flash message makes the page personal.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Any other cookie (a CSRF cookie from an earlier form) changes nothing
    # on a public page: drop it so every reader shares one cached copy.
    unset req.http.Cookie;
    return (hash);
}

# One site: the URL alone names a page, so a purge sent with the Site's
# hostname clears what readers fetched under any Host header.
sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_fetch {
    set bereq.backend = apps.backend();
}

sub vcl_backend_response {
    set beresp.http.X-Url-Path = regsub(bereq.url, "\?.*$", "");
    # Stale copies may be served for a while if every app server is down.
    set beresp.grace = 1h;
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-cache|no-store)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (bereq.url ~ "^/static/") {
        return (deliver);
    }
    # Pages carry no Cache-Control: purges keep the page itself fresh, and a
    # short lifetime bounds how long a listing can lag behind a publish.
    if (!beresp.http.Cache-Control) {
        set beresp.ttl = @PAGE_TTL@;
    }
}

# An app server that refuses a connection: try the other one once.
sub vcl_backend_error {
    if (bereq.retries < 1) {
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.X-Url-Path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}

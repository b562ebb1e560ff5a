// Progressive enhancement for the action forms: everything works without JavaScript.
(function () {
    "use strict";

    // After a refused post or a finished step, move focus (and screen readers) to the news.
    var news = document.querySelector("[data-error-summary], [data-focus-on-load]");
    if (news) {
        news.focus();
    }
    if (!window.fetch) {
        return;
    }
    // Numbers and words in the page's language (the words come from the page, which may be
    // cached: no catalogue to fetch).
    var format = new Intl.NumberFormat(document.documentElement.lang === "es" ? "es-US" : "en-US");

    // Keep a number that moves fresh: at once, since the page may have come from a cache
    // (without JavaScript it is at most the page cache's lifetime old), then while the page
    // is open and visible. The JSON itself is cached for a few seconds. A finished step (the
    // thank-you after signing, the RSVP's confirmation) asks past the browser's copy, which
    // may predate the reader's own signature or place.
    var finished = Boolean(document.querySelector("[data-focus-on-load]"));

    // `url` may be a function: an address that changes (a repeating event's chosen date).
    function keepFresh(url, show) {
        function refresh() {
            if (document.hidden) {
                return;
            }
            fetch(typeof url === "function" ? url() : url, {credentials: "omit", cache: finished ? "no-cache" : "default"}).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (data) {
                if (data) {
                    show(data);
                }
            }).catch(function () { /* keep showing the last number */ });
        }
        refresh();
        window.setInterval(refresh, 15000);
        document.addEventListener("visibilitychange", refresh);
        return refresh;
    }

    // A petition's count against its goal.
    var progress = document.querySelector("[data-count-url]");
    if (progress) {
        var count = progress.querySelector("[data-progress-count]");
        var goal = progress.querySelector("[data-progress-goal]");
        var bar = progress.querySelector("[data-progress-bar]");
        var fill = progress.querySelector("[data-progress-fill]");
        // The number shown never goes down: a copy from any cache is only older.
        var shown = Number(bar.getAttribute("aria-valuenow")) || 0;
        keepFresh(progress.getAttribute("data-count-url"), function (data) {
            if (typeof data.count !== "number" || typeof data.goal !== "number" || data.count < shown) {
                return;
            }
            shown = data.count;
            count.textContent = format.format(data.count);
            if (goal) {
                goal.textContent = format.format(data.goal);
            }
            bar.setAttribute("aria-valuenow", String(data.count));
            bar.setAttribute("aria-valuemax", String(data.goal));
            var spoken = bar.getAttribute("data-text-spoken") || "{count} signatures of {goal}";
            bar.setAttribute("aria-valuetext", spoken.split("{count}").join(format.format(data.count)).split("{goal}").join(format.format(data.goal)));
            fill.style.width = Math.min(100, Math.floor(data.count * 100 / Math.max(data.goal, 1))) + "%";
        });
    }

    // An event's places left, or that it is full and RSVPs join the waitlist.
    var places = document.querySelector("[data-places-url]");
    if (places) {
        var open = places.querySelector("[data-places-open]");
        var full = places.querySelector("[data-places-full]");
        var left = places.querySelector("[data-places-left]");
        var noun = places.querySelector("[data-places-noun]");
        var button = document.querySelector("[data-places-button]");
        // A repeating event: the places of the date chosen in the form.
        var date = document.querySelector("select[name=occurrence]");
        var refreshPlaces = keepFresh(function () {
            var url = places.getAttribute("data-places-url");
            return date ? url + "?date=" + encodeURIComponent(date.value) : url;
        }, function (data) {
            if (typeof data.places_left !== "number") {
                return;
            }
            left.textContent = format.format(data.places_left);
            function words(name, fallback) {
                return places.getAttribute("data-text-" + name) || fallback;
            }
            noun.textContent = data.places_left === 1 ? words("place", "place") : words("places", "places");
            open.hidden = data.places_left === 0;
            full.hidden = data.places_left !== 0;
            if (button) {
                button.textContent = data.places_left === 0 ? words("waitlist", "Join the waitlist") : words("rsvp", "RSVP");
            }
        });
        if (date) {
            date.addEventListener("change", refreshPlaces);
        }
    }
})();

// Progressive enhancement for the action forms: everything works without JavaScript.
(function () {
    "use strict";

    // After a refused post or a finished step, move focus (and screen readers) to the news.
    var news = document.querySelector("[data-error-summary], [data-focus-on-load]");
    if (news) {
        news.focus();
    }

    // Keep the petition count fresh: at once, since the page may have come from a cache
    // (without JavaScript the number is at most the page cache's lifetime old), then while
    // the page is open and visible. The count itself is cached for a few seconds.
    var progress = document.querySelector("[data-count-url]");
    if (!progress || !window.fetch) {
        return;
    }
    var url = progress.getAttribute("data-count-url");
    var count = progress.querySelector("[data-progress-count]");
    var goal = progress.querySelector("[data-progress-goal]");
    var bar = progress.querySelector("[data-progress-bar]");
    var fill = progress.querySelector("[data-progress-fill]");
    var format = new Intl.NumberFormat("en-US");

    // The thank-you step asks past the browser's copy of the count, which may predate this
    // reader's own signature; the number shown never goes down (a cached copy is only older).
    var signed = Boolean(document.getElementById("thank-you"));
    var shown = Number(bar.getAttribute("aria-valuenow")) || 0;

    function refresh() {
        if (document.hidden) {
            return;
        }
        fetch(url, {credentials: "omit", cache: signed ? "no-cache" : "default"}).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (data) {
            if (!data || typeof data.count !== "number" || typeof data.goal !== "number") {
                return;
            }
            if (data.count < shown) {
                return;
            }
            shown = data.count;
            count.textContent = format.format(data.count);
            if (goal) {
                goal.textContent = format.format(data.goal);
            }
            bar.setAttribute("aria-valuenow", String(data.count));
            bar.setAttribute("aria-valuemax", String(data.goal));
            bar.setAttribute("aria-valuetext", format.format(data.count) + " signatures of " + format.format(data.goal));
            fill.style.width = Math.min(100, Math.floor(data.count * 100 / Math.max(data.goal, 1))) + "%";
        }).catch(function () { /* keep showing the last count */ });
    }
    refresh();
    window.setInterval(refresh, 15000);
    document.addEventListener("visibilitychange", refresh);
})();

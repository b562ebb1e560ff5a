// Progressive enhancement only: every page works without JavaScript.
(function () {
    "use strict";
    // The small-screen menu: a disclosure button for the menu and search. Escape closes it and
    // returns focus to the button.
    var header = document.querySelector(".site-header");
    var toggle = header && header.querySelector(".site-header__toggle");
    if (toggle) {
        var setOpen = function (open) {
            header.classList.toggle("site-header--open", open);
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
        };
        toggle.addEventListener("click", function () {
            setOpen(!header.classList.contains("site-header--open"));
        });
        header.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && header.classList.contains("site-header--open")) {
                setOpen(false);
                toggle.focus();
            }
        });
    }

    // Copy link: without JavaScript (or clipboard access) readers select the read-only field.
    // What it says comes from the page (data-copied-text, data-copy-failed-text), in the page's
    // language: a cached page carries its own words, and no catalogue is fetched.
    document.querySelectorAll("[data-copy-link]").forEach(function (box) {
        var input = box.querySelector("input, textarea");
        var button = box.querySelector("button");
        var status = box.querySelector("[role=status]");
        if (!input) {
            return;
        }
        input.addEventListener("focus", function () {
            input.select();
        });
        if (!button || !navigator.clipboard || !window.isSecureContext) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(input.value).then(
                function () {
                    status.textContent = box.dataset.copiedText || "";
                },
                function () {
                    input.focus();
                    status.textContent = box.dataset.copyFailedText || "";
                }
            );
        });
    });

    // Print buttons only make sense with a script to press them.
    document.querySelectorAll("[data-print]").forEach(function (button) {
        var wrapper = button.closest("[hidden]");
        if (wrapper) {
            wrapper.hidden = false;
        }
        button.addEventListener("click", function () {
            window.print();
        });
    });
})();

// Progressive enhancement only: every page works without JavaScript.
(function () {
    "use strict";
    var toggle = document.querySelector(".main-nav__toggle");
    if (toggle) {
        toggle.addEventListener("click", function () {
            var nav = toggle.closest(".main-nav");
            var open = nav.classList.toggle("main-nav--open");
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
        });
    }

    // Copy link: without JavaScript (or clipboard access) readers select the read-only field.
    document.querySelectorAll("[data-copy-link]").forEach(function (box) {
        var input = box.querySelector("input");
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
                    status.textContent = "Link copied. Paste it anywhere to share.";
                },
                function () {
                    input.focus();
                    status.textContent = "Copy the selected link with your keyboard or menu.";
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

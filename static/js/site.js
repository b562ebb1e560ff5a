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
})();

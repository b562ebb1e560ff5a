// "Copy" buttons next to the code boxes of the admin's "Embed on partner sites" screen. Without
// JavaScript (or without clipboard access) the boxes are read-only fields to select and copy.
(function () {
    "use strict";
    document.querySelectorAll("[data-copy-code]").forEach(function (box) {
        var field = box.querySelector("textarea, input");
        var button = box.querySelector("button");
        var status = box.querySelector("[role=status]");
        field.addEventListener("focus", function () {
            field.select();
        });
        if (!button || !navigator.clipboard || !window.isSecureContext) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(field.value).then(function () {
                status.textContent = box.getAttribute("data-copied-text") || "";
            }, function () {
                field.focus();
                status.textContent = box.getAttribute("data-copy-failed-text") || "";
            });
        });
    });
})();

// The optional resize script for the campaign widget. A partner may add it after the widget's
// <iframe>; the frame works without it (at the height in its code, scrolling inside).
// It listens for the height the widget reports (widget.js) and sets its frame's height to it.
// It only ever changes the height of a frame whose window sent the message, and reads a
// number and nothing else. It sets no cookie and loads nothing.
(function () {
    "use strict";
    if (window.campaignWidgetResize) {
        return;  // included twice
    }
    window.campaignWidgetResize = true;
    window.addEventListener("message", function (event) {
        var data = event.data;
        if (!data || data.type !== "campaign-widget:height" || typeof data.height !== "number") {
            return;
        }
        var frames = document.getElementsByTagName("iframe");
        for (var i = 0; i < frames.length; i += 1) {
            if (frames[i].contentWindow === event.source) {
                frames[i].style.height = Math.max(200, Math.min(data.height, 4000)) + "px";
            }
        }
    });
})();

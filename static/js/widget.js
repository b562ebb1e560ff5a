// Inside the partner widget's frame (actions/templates/actions/widget/base.html): tell the page
// around the frame how tall the widget is, so that the optional resize script partners may add
// (widget-resize.js) can fit the frame to it. Only a number is sent, to whichever page holds
// the frame: nothing about the reader or the form. Without either script the frame keeps the
// height in its code and scrolls.
(function () {
    "use strict";
    if (window.parent === window || !window.parent.postMessage) {
        return;
    }
    var last = 0;
    function tell() {
        // The body's own height, not the window's: the frame may shrink as well as grow.
        var height = Math.ceil(document.body.getBoundingClientRect().height);
        if (height !== last) {
            last = height;
            window.parent.postMessage({type: "campaign-widget:height", height: height}, "*");
        }
    }
    tell();
    window.addEventListener("load", tell);
    window.addEventListener("resize", tell);
    if (window.ResizeObserver) {
        new ResizeObserver(tell).observe(document.body);
    }
})();

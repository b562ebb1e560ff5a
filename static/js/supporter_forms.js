// The public forms' quiet checks (actions/forms.py SupporterForm), on every page since the
// footer has the email signup. Without JavaScript the forms work the same: the server asks
// "did you mean...?" itself, and no fill time means no signal.
(function () {
    "use strict";

    // Time to fill: from the reader's first keystroke, tap or click in the form to sending it,
    // in milliseconds. Pages come from a cache, so the server cannot stamp when it served one.
    // A form shown again after a refused post carries the time already spent.
    document.querySelectorAll("input[data-fill-timer]").forEach(function (field) {
        var form = field.form;
        var spent = Number(field.value) || 0;
        var started = null;
        function start() {
            if (started === null) {
                started = Date.now();
            }
        }
        ["focusin", "keydown", "pointerdown", "input"].forEach(function (type) {
            form.addEventListener(type, start, true);
        });
        form.addEventListener("submit", function () {
            if (started !== null) {
                field.value = String(spent + Date.now() - started);
            }
        });
    });

    // Where the reader came from (actions/sources.py): the source and partner codes of the link
    // they landed on (?source=…&partner=…, or utm_source) and the host of the site that sent
    // them, never its full address. Kept for this tab only, so a reader who lands on a campaign
    // page and then opens its petition still counts for that link. Without JavaScript the
    // server reads the same codes from the address of the page the form was on.
    (function () {
        var landing = {};
        try {
            landing = JSON.parse(window.sessionStorage.getItem("landing") || "{}") || {};
        } catch (error) {
            landing = {};
        }
        var query = new URLSearchParams(window.location.search);
        var source = query.get("source") || query.get("utm_source") || "";
        var partner = query.get("partner") || "";
        var ref = "";
        try {
            ref = document.referrer ? new URL(document.referrer).hostname : "";
        } catch (error) {
            ref = "";
        }
        if (ref === window.location.hostname) {
            ref = "";
        }
        if (source || partner || ref) {
            landing = { source: source.slice(0, 100), partner: partner.slice(0, 100), ref: ref.slice(0, 253) };
            try {
                window.sessionStorage.setItem("landing", JSON.stringify(landing));
            } catch (error) {
                // Storage blocked (a partner's frame, a private window): this page still counts.
            }
        }
        document.querySelectorAll("input[data-landing]").forEach(function (field) {
            var value = landing[field.getAttribute("data-landing")];
            if (!field.value && typeof value === "string") {
                field.value = value;
            }
        });
    })();

    // "Did you mean ana@gmail.com?" when the email box loses focus, with the same rules as
    // actions/email_typos.py (they come in the field's data-email-typos attribute), in the
    // page's language (the words come in its data-text-* attributes, with {address} in them).
    function editDistance(a, b) {
        var previous2 = [];
        var previous = [];
        var i;
        var j;
        for (j = 0; j <= b.length; j += 1) {
            previous.push(j);
        }
        for (i = 1; i <= a.length; i += 1) {
            var current = [i];
            for (j = 1; j <= b.length; j += 1) {
                var cost = a[i - 1] === b[j - 1] ? 0 : 1;
                var best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                    best = Math.min(best, previous2[j - 2] + 1);
                }
                current.push(best);
            }
            previous2 = previous;
            previous = current;
        }
        return previous[b.length];
    }

    function splitAt(text, separator, last) {
        var at = last ? text.lastIndexOf(separator) : text.indexOf(separator);
        return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
    }

    function suggestDomain(domain, rules) {
        if (rules.providers.indexOf(domain) >= 0 || rules.real.indexOf(domain) >= 0) {
            return "";
        }
        var fixed = domain;
        var lastDot = domain.lastIndexOf(".");
        if (lastDot >= 0 && Object.prototype.hasOwnProperty.call(rules.endings, domain.slice(lastDot + 1))) {
            fixed = domain.slice(0, lastDot) + "." + rules.endings[domain.slice(lastDot + 1)];
        }
        var parts = splitAt(fixed, ".", false);
        for (var n = 0; n < rules.providers.length; n += 1) {
            var provider = rules.providers[n];
            var providerParts = splitAt(provider, ".", false);
            var name = providerParts[0];
            var tolerance = name.length < rules.looseNameLength ? 0 : (name.length < 7 ? 1 : 2);
            if (editDistance(parts[0], name) <= tolerance && editDistance(parts[1], providerParts[1]) <= 1) {
                return provider === domain ? "" : provider;
            }
        }
        return fixed === domain ? "" : fixed;
    }

    function suggestEmail(email, rules) {
        var at = email.lastIndexOf("@");
        if (at < 1) {
            return "";
        }
        var domain = suggestDomain(email.slice(at + 1).toLowerCase(), rules);
        return domain ? email.slice(0, at + 1) + domain : "";
    }

    document.querySelectorAll("input[data-email-typos]").forEach(function (input) {
        var rules;
        try {
            rules = JSON.parse(input.getAttribute("data-email-typos"));
        } catch (error) {
            return;
        }
        var form = input.form;
        function words(name, fallback) {
            return input.getAttribute("data-text-" + name) || fallback;
        }
        function withAddress(text, address) {
            return text.split("{address}").join(address);
        }
        // The server already asks with its own choices after a post: do not ask twice.
        if (input.parentNode.querySelector(".email-suggestion")) {
            return;
        }
        // A live region that exists before it has anything to say, so screen readers announce
        // the hint when it appears.
        var hint = document.createElement("div");
        hint.className = "email-hint";
        hint.setAttribute("aria-live", "polite");
        input.insertAdjacentElement("afterend", hint);
        var shownFor = "";

        function clear() {
            hint.textContent = "";
            shownFor = "";
        }

        function keep(value) {
            var confirm = form.querySelector("input[type=hidden][name=email_confirm]");
            if (!confirm) {
                confirm = document.createElement("input");
                confirm.type = "hidden";
                confirm.name = "email_confirm";
                form.appendChild(confirm);
            }
            confirm.value = value;
        }

        function button(text, action) {
            var element = document.createElement("button");
            element.type = "button";
            element.className = "button button--secondary email-hint__button";
            element.textContent = text;
            element.addEventListener("click", action);
            return element;
        }

        function check() {
            var typed = input.value.trim();
            var suggestion = suggestEmail(typed, rules);
            if (!suggestion || typed === shownFor) {
                if (!suggestion) {
                    clear();
                }
                return;
            }
            var confirm = form.querySelector("input[type=hidden][name=email_confirm]");
            if (confirm && confirm.value === typed) {
                return;
            }
            clear();
            shownFor = typed;
            var question = document.createElement("p");
            question.className = "email-hint__question";
            words("question", "Did you mean {address}?").split("{address}").forEach(function (part, n) {
                if (n > 0) {
                    var strong = document.createElement("strong");
                    strong.textContent = suggestion;
                    question.appendChild(strong);
                }
                question.appendChild(document.createTextNode(part));
            });
            hint.appendChild(question);
            hint.appendChild(button(withAddress(words("use", "Yes, use {address}"), suggestion), function () {
                input.value = suggestion;
                clear();
                input.focus();
            }));
            hint.appendChild(button(withAddress(words("keep", "No, keep {address}"), typed), function () {
                keep(typed);
                clear();
                input.focus();
            }));
        }

        input.addEventListener("blur", check);
        input.addEventListener("input", function () {
            if (shownFor && input.value.trim() !== shownFor) {
                clear();
            }
        });
    });
})();

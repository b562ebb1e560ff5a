// The check-in screen's search as you type: fetch the same page with ?q= and swap in its
// list. Without this script the search box is a plain form, sent with its button.
(() => {
  const form = document.querySelector("[data-check-in-search]");
  const list = document.querySelector("[data-check-in-list]");
  if (!form || !list) return;
  const input = form.querySelector("input[name=q]");
  let timer = null;
  let latest = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const asked = ++latest;
      const url = new URL(form.action || window.location.href, window.location.href);
      // The form's other fields (a repeating event's date) go along with the search.
      const params = new URLSearchParams(new FormData(form));
      params.set("q", input.value.trim());
      url.search = params.toString();
      try {
        const response = await fetch(url, { credentials: "same-origin" });
        if (!response.ok || asked !== latest) return;
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const fresh = page.querySelector("[data-check-in-list]");
        if (fresh) {
          list.innerHTML = fresh.innerHTML;
          window.history.replaceState(null, "", url);
          document.querySelectorAll("input[type=hidden][name=q]").forEach((hidden) => {
            hidden.value = input.value.trim();
          });
        }
      } catch (error) {
        // Offline for a moment: the button still sends the search.
      }
    }, 250);
  });
})();

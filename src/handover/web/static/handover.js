// handover: small enhancements. Every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // With the script on, hovering a highlight shows the same tip as focusing it (see the
  // stylesheet); the native title tooltip would repeat it, so it goes. The claim stays
  // described by its entry in the list below the text (aria-describedby).
  function quietTitles() {
    document.querySelectorAll("mark.claim[title]").forEach(function (mark) {
      mark.removeAttribute("title");
    });
  }

  // Following a link to a claim (#claim-12) moves keyboard focus to its highlight, so its tip
  // shows and Tab continues from there.
  function focusTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.matches("mark.claim[tabindex]")) {
      target.focus({ preventScroll: false });
    }
  }

  // Escape hides a focused highlight's tip by returning focus to the text around it.
  function escapeTips(event) {
    if (event.key === "Escape" && document.activeElement &&
        document.activeElement.matches("mark.claim")) {
      document.activeElement.blur();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    quietTitles();
    focusTarget();
  });
  window.addEventListener("hashchange", focusTarget);
  document.addEventListener("keydown", escapeTips);
})();

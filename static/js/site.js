// Progressive enhancements; the site works without JavaScript.
(function () {
  "use strict";

  // Table of contents: open beside the text on wide screens, folded away on
  // phones so the article starts on the first screen. The markup ships open,
  // which is right when this script never runs.
  var toc = document.querySelector(".toc__details");
  if (toc && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 60rem)");
    var syncToc = function () { toc.open = wide.matches; };
    syncToc();
    if (wide.addEventListener) wide.addEventListener("change", syncToc);

    // On wide screens the summary is a label, not a toggle.
    var summary = toc.querySelector("summary");
    if (summary) {
      summary.addEventListener("click", function (event) {
        if (wide.matches) event.preventDefault();
      });
    }

    // On phones, fold the list away again once a reader has picked a section.
    toc.addEventListener("click", function (event) {
      if (!wide.matches && event.target.closest("a")) toc.open = false;
    });

    // Mark the section being read, for sighted readers and screen readers.
    var links = toc.querySelectorAll("a[href^='#']");
    if ("IntersectionObserver" in window && links.length) {
      var byId = {};
      links.forEach(function (link) { byId[link.hash.slice(1)] = link; });
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          links.forEach(function (link) { link.removeAttribute("aria-current"); });
          var current = byId[entry.target.id];
          if (current) current.setAttribute("aria-current", "true");
        });
      }, { rootMargin: "0px 0px -70% 0px" });
      Object.keys(byId).forEach(function (id) {
        var heading = document.getElementById(id);
        if (heading) observer.observe(heading);
      });
    }
  }

  // Print buttons (appointment sheet) need script, so they start hidden.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();

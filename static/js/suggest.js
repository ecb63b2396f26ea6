// Search-as-you-type for inputs marked data-suggest-url: an ARIA 1.2 combobox
// with a listbox popup. Without this script the input is a plain search form.
(function () {
  "use strict";

  var DELAY_MS = 150;
  var MIN_CHARS = 2;
  var counter = 0;

  function Combobox(input) {
    this.input = input;
    this.form = input.form;
    this.url = input.getAttribute("data-suggest-url");
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.request = 0;
    counter += 1;
    var id = "suggest-" + counter;

    this.list = document.createElement("ul");
    this.list.id = id + "-list";
    this.list.className = "suggest__list";
    this.list.setAttribute("role", "listbox");
    this.list.setAttribute("aria-label", "Suggestions");
    this.list.hidden = true;

    // Announces how many suggestions there are; screen readers read it politely.
    this.status = document.createElement("div");
    this.status.className = "suggest__status visually-hidden";
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");

    // The form is the positioning box: the list drops down below it.
    var container = input.form || input.parentNode;
    container.classList.add("suggest");
    container.appendChild(this.list);
    container.appendChild(this.status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", this.list.id);
    input.setAttribute("autocomplete", "off");

    input.addEventListener("input", this.onInput.bind(this));
    input.addEventListener("keydown", this.onKeyDown.bind(this));
    input.addEventListener("blur", this.onBlur.bind(this));
    this.list.addEventListener("mousedown", function (event) {
      // Keep focus in the input so the click below can follow the link.
      event.preventDefault();
    });
    this.list.addEventListener("click", this.onClick.bind(this));
  }

  Combobox.prototype.onInput = function () {
    var self = this;
    clearTimeout(this.timer);
    var query = this.input.value.trim();
    if (query.length < MIN_CHARS) {
      this.close();
      return;
    }
    this.timer = setTimeout(function () { self.fetch(query); }, DELAY_MS);
  };

  Combobox.prototype.fetch = function (query) {
    var self = this;
    var ticket = ++this.request;
    var url = this.url + (this.url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (items) {
        // Ignore answers to queries the visitor has already typed past.
        if (ticket === self.request) self.render(items);
      })
      .catch(function () { self.close(); });
  };

  Combobox.prototype.render = function (items) {
    this.items = items;
    this.active = -1;
    this.list.textContent = "";
    this.input.removeAttribute("aria-activedescendant");
    var self = this;
    items.forEach(function (item, index) {
      var option = document.createElement("li");
      option.id = self.list.id + "-" + index;
      option.className = "suggest__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.setAttribute("data-url", item.url);
      var title = document.createElement("span");
      title.className = "suggest__title";
      title.textContent = item.title;
      option.appendChild(title);
      if (item.summary) {
        var summary = document.createElement("span");
        summary.className = "suggest__summary";
        summary.textContent = item.summary;
        option.appendChild(summary);
      }
      self.list.appendChild(option);
    });
    if (items.length) {
      this.list.hidden = false;
      this.input.setAttribute("aria-expanded", "true");
      this.keepOnScreen();
      this.status.textContent = items.length + (items.length === 1 ? " suggestion" : " suggestions") +
        ". Use the up and down arrows to choose, Enter to open.";
    } else {
      this.close();
      this.status.textContent = "No suggestions.";
    }
  };

  // A box low on the page (the home page's, on a phone) would open its list
  // below the screen: bring the form to the top so that the list shows.
  Combobox.prototype.keepOnScreen = function () {
    var box = this.form || this.input;
    if (this.list.getBoundingClientRect().bottom > window.innerHeight && box.scrollIntoView) {
      box.scrollIntoView({ block: "start" });
    }
  };

  Combobox.prototype.move = function (step) {
    if (!this.items.length) return;
    var options = this.list.children;
    if (this.active >= 0) options[this.active].setAttribute("aria-selected", "false");
    this.active = (this.active + step + this.items.length + 1) % (this.items.length + 1);
    if (this.active === this.items.length) this.active = -1;
    if (this.active >= 0) {
      var option = options[this.active];
      option.setAttribute("aria-selected", "true");
      this.input.setAttribute("aria-activedescendant", option.id);
      if (option.scrollIntoView) option.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  };

  Combobox.prototype.onKeyDown = function (event) {
    var open = !this.list.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (open) this.move(1); else if (this.items.length) this.render(this.items);
    } else if (event.key === "ArrowUp") {
      if (open) { event.preventDefault(); this.move(-1); }
    } else if (event.key === "Escape") {
      if (open) { event.preventDefault(); this.close(); }
    } else if (event.key === "Enter") {
      // With an option chosen, go there; otherwise submit the form as usual.
      if (open && this.active >= 0) {
        event.preventDefault();
        window.location.href = this.items[this.active].url;
      }
    }
  };

  Combobox.prototype.onClick = function (event) {
    var option = event.target.closest(".suggest__option");
    if (option) window.location.href = option.getAttribute("data-url");
  };

  Combobox.prototype.onBlur = function () {
    this.close();
  };

  Combobox.prototype.close = function () {
    this.list.hidden = true;
    this.active = -1;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  };

  Array.prototype.forEach.call(
    document.querySelectorAll("input[data-suggest-url]"),
    function (input) { new Combobox(input); }
  );
})();

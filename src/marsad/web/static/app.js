// marsad UI: evidence highlighting on the document page. No inline script, no network.
(function () {
  "use strict";
  function marks(attr, value) {
    return Array.prototype.filter.call(document.querySelectorAll("[" + attr + "]"), function (el) {
      return el.getAttribute(attr).split(" ").indexOf(value) >= 0;
    });
  }
  function clear(cls) {
    Array.prototype.forEach.call(document.querySelectorAll("." + cls), function (el) { el.classList.remove(cls); });
  }
  function showField(target, on) {
    clear("field-hover");
    if (!on) return;
    var ev = target.split(":")[0];
    marks("data-ev", ev).forEach(function (el) { el.classList.add("field-hover"); });
    marks("data-f", target).forEach(function (el) { el.classList.add("field-hover", "field-on"); });
  }
  function selectEvent(id, scroll) {
    clear("ev-selected");
    clear("field-selected");
    Array.prototype.forEach.call(document.querySelectorAll(".event-card.selected"), function (c) { c.classList.remove("selected"); });
    var pieces = marks("data-ev", id);
    pieces.forEach(function (el) { el.classList.add("ev-selected"); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-f]"), function (el) {
      if (el.getAttribute("data-f").split(" ").some(function (f) { return f.indexOf(id + ":") === 0; })) {
        el.classList.add("field-selected");
      }
    });
    var card = document.getElementById("event-" + id);
    if (card) {
      card.classList.add("selected");
      var panel = card.closest(".events-panel");
      if (panel && scroll) panel.scrollTop = card.offsetTop - panel.offsetTop - 8;
    }
    if (scroll && pieces.length) pieces[0].scrollIntoView({ block: "center" });
  }
  document.addEventListener("DOMContentLoaded", function () {
    // filter forms: leave blank fields out of the address
    Array.prototype.forEach.call(document.querySelectorAll("form.filters"), function (form) {
      form.addEventListener("submit", function () {
        Array.prototype.forEach.call(form.elements, function (el) {
          if (el.name && !el.value) el.disabled = true;
        });
      });
    });
    var doc = document.querySelector("article.document");
    if (!doc) return;
    var sel = doc.getAttribute("data-selected");
    if (sel) selectEvent(sel, true);
    Array.prototype.forEach.call(document.querySelectorAll(".field[data-target]"), function (el) {
      var target = el.getAttribute("data-target");
      el.addEventListener("mouseenter", function () { showField(target, true); });
      el.addEventListener("mouseleave", function () { showField(target, false); });
      el.addEventListener("focus", function () { showField(target, true); });
      el.addEventListener("blur", function () { showField(target, false); });
      el.addEventListener("click", function () {
        var id = target.split(":")[0];
        selectEvent(id, false);
        showField(target, true);
        var first = marks("data-f", target)[0] || marks("data-ev", id)[0];
        if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
      });
    });
  });
})();

/* Chitieu search: filters the build-time index (search-index.json) as the reader types. Names are
   compared without diacritics (Đ → d), as the index's keys are written. Without this script the
   page lists everything alphabetically. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-index]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var all = document.getElementById("search-all");
  var lang = document.documentElement.lang;

  function fold(text) {
    return text.replace(/[đĐ]/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function show(entries) {
    var words = fold(input.value);
    results.textContent = "";
    results.hidden = all.hidden = false;
    if (!words.length) { results.hidden = true; status.textContent = ""; return; }
    var found = entries.filter(function (entry) {
      return words.every(function (word) { return (" " + entry.key).indexOf(" " + word) >= 0; });
    });
    found.forEach(function (entry) {
      var item = document.createElement("li"), link = document.createElement("a"), detail = document.createElement("span");
      link.href = entry.href;
      link.textContent = entry.title;
      detail.className = "meta";
      detail.textContent = entry.detail;
      item.append(link, " ", detail);
      results.append(item);
    });
    all.hidden = true;
    var message = found.length === 0 ? form.dataset.none : found.length === 1 ? form.dataset.foundOne : form.dataset.foundOther;
    status.textContent = message.replace("{count}", found.length.toLocaleString(lang));
  }

  fetch(form.dataset.index).then(function (response) { return response.json(); }).then(function (entries) {
    form.hidden = false;
    input.addEventListener("input", function () { show(entries); });
    form.addEventListener("submit", function (event) { event.preventDefault(); show(entries); });
    input.value = new URLSearchParams(location.search).get("q") || "";
    show(entries);
  });
})();

/* Chitieu sortable tables: each column header becomes a button that sorts the rows by it, stating
   the order in aria-sort. Numbers sort by the raw value the build writes in data-sort (the text is
   formatted per language: 2.687.000, 12,5), names by the page language's collation; missing values
   stay last and a total row stays at the bottom. Without this script tables read as built. */
(function () {
  "use strict";
  var collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: "base" });

  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) return { missing: true };
    var raw = cell.getAttribute("data-sort");
    if (raw !== null) return { number: parseFloat(raw) };
    var text = cell.textContent.trim();
    return cell.classList.contains("missing") || text === "" || text === "\u2014" ? { missing: true } : { text: text };
  }

  function compare(a, b) {
    if (a.missing || b.missing) return a.missing && b.missing ? 0 : a.missing ? 1 : -1;
    if (a.number !== undefined && b.number !== undefined) return a.number - b.number;
    return collator.compare(a.text !== undefined ? a.text : String(a.number), b.text !== undefined ? b.text : String(b.number));
  }

  function sort(table, header, column) {
    var descending = header.getAttribute("aria-sort") === "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var fixed = rows.filter(function (row) { return row.cells[0] && row.cells[0].classList.contains("total"); });
    var sorted = rows.filter(function (row) { return fixed.indexOf(row) < 0; }).map(function (row, index) {
      return { row: row, key: key(row, column), index: index };
    });
    sorted.sort(function (a, b) {
      var order = compare(a.key, b.key);
      if (descending && !a.key.missing && !b.key.missing) order = -order;
      return order || a.index - b.index;
    });
    sorted.forEach(function (item) { body.appendChild(item.row); });
    fixed.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  function enhance(table) {
    if (!table.tHead || !table.tBodies.length || table.tBodies[0].rows.length < 2) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () { sort(table, header, column); });
    });
  }

  function start() { Array.prototype.forEach.call(document.querySelectorAll(".data-table table"), enhance); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();

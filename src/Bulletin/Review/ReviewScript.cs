namespace Bulletin.Review;

/// <summary>
/// The review pages' one script, served from /review.js (the CSP allows script from 'self' only).
/// Everything it does, a plain form or link also does without it: it saves an item's edits without
/// leaving the page, moves through items by keyboard, asks for approval in a dialog, and copies exports.
/// </summary>
internal static class ReviewScript
{
    public const string Js = """
        (function () {
          "use strict";
          var current = -1;

          function items() { return Array.prototype.slice.call(document.querySelectorAll("article.item")); }

          function select(index, scroll) {
            var list = items();
            if (list.length === 0) { current = -1; return; }
            current = Math.max(0, Math.min(index, list.length - 1));
            list.forEach(function (item, i) { item.classList.toggle("current", i === current); });
            if (scroll !== false) { list[current].scrollIntoView({ block: "nearest" }); }
            list[current].focus({ preventScroll: true });
          }

          function selectKey(key) {
            var index = items().findIndex(function (item) { return item.getAttribute("data-key") === key; });
            if (index >= 0) { select(index); }
          }

          function currentItem() { return current >= 0 ? items()[current] : null; }

          function openEditor(item) {
            var editor = item.querySelector("details.editor");
            if (!editor) { return; }
            editor.open = true;
            var field = editor.querySelector("input[type=text]");
            if (field) { field.focus(); }
          }

          // Re-collection progress: while a run is queued or under way, ask for its state every two seconds.
          function pollRecollection(root) {
            root.querySelectorAll("[data-recollect]").forEach(function (panel) {
              if (panel.getAttribute("data-active") !== "true") { return; }
              var poll = function () {
                // A panel the page replaced (after an edit saved in place) leaves the polling to its successor.
                if (!panel.isConnected) { return; }
                fetch(panel.getAttribute("data-recollect"), { credentials: "same-origin" })
                  .then(function (r) { return r.json(); })
                  .then(function (state) {
                    panel.textContent = state.text;
                    if (state.active) { setTimeout(poll, 2000); }
                    else {
                      var reload = document.createElement("a");
                      reload.href = window.location.pathname;
                      reload.textContent = " Reload to see what came in.";
                      panel.appendChild(reload);
                    }
                  }, function () { setTimeout(poll, 5000); });
              };
              setTimeout(poll, 2000);
            });
          }

          // Copy buttons on the version page: data-copy names the export whose text goes to the clipboard.
          // The text is fetched first, so the click itself can write it (browsers want a click for that).
          function prepareCopies(root) {
            root.querySelectorAll("button[data-copy]").forEach(function (button) {
              fetch(button.getAttribute("data-copy"), { credentials: "same-origin" })
                .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
                .then(function (text) {
                  button.hidden = false;
                  button.addEventListener("click", function () {
                    var done = function () { button.textContent = "Copied"; };
                    var fallback = function () {
                      var area = document.createElement("textarea");
                      area.value = text;
                      document.body.appendChild(area);
                      area.select();
                      document.execCommand("copy");
                      area.remove();
                      done();
                    };
                    if (navigator.clipboard) { navigator.clipboard.writeText(text).then(done, fallback); } else { fallback(); }
                  });
                });
            });
          }

          function start(root) {
            root.querySelectorAll(".keys").forEach(function (hint) { hint.hidden = false; });
            pollRecollection(root);
            prepareCopies(root);
          }

          // An item's forms post in the background; the draft the server answers with replaces the page's.
          document.addEventListener("submit", function (event) {
            var form = event.target;
            var item = form.closest("article.item");
            if (!item || form.method.toLowerCase() !== "post") { return; }
            event.preventDefault();
            var key = item.getAttribute("data-key");
            var excluding = form.classList.contains("toggle");
            var index = items().indexOf(item);
            var scrollY = window.scrollY;
            fetch(form.action, { method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin" })
              .then(function (r) { return r.text(); })
              .then(function (html) {
                var next = new DOMParser().parseFromString(html, "text/html").querySelector("main");
                if (!next) { form.submit(); return; }
                var main = document.querySelector("main");
                main.innerHTML = next.innerHTML;
                start(main);
                window.scrollTo(0, scrollY);
                if (excluding) { select(index, true); } else { selectKey(key); }
              }, function () { form.submit(); });
          });

          document.addEventListener("click", function (event) {
            var opener = event.target.closest("a[data-dialog]");
            if (opener) {
              var dialog = document.getElementById(opener.getAttribute("data-dialog"));
              if (dialog && typeof dialog.showModal === "function") {
                event.preventDefault();
                dialog.showModal();
              }
              return;
            }

            var check = event.target.closest("a[data-open]");
            if (check) {
              var target = document.getElementById(check.getAttribute("data-open"));
              if (target) { select(items().indexOf(target)); openEditor(target); }
              return;
            }

            var item = event.target.closest("article.item");
            if (item) { select(items().indexOf(item), false); }
          });

          document.addEventListener("keydown", function (event) {
            if (event.ctrlKey || event.metaKey || event.altKey) { return; }
            var target = event.target;
            if (target.closest("input, textarea, select, [contenteditable], dialog[open]")) {
              if (event.key === "Escape") {
                var open = target.closest("details.editor");
                if (open) { open.open = false; open.closest("article.item").focus(); }
              }
              return;
            }

            var item;
            switch (event.key) {
              case "j": select(current + 1); break;
              case "k": select(current < 0 ? 0 : current - 1); break;
              case "e":
                item = currentItem();
                if (!item) { return; }
                var editor = item.querySelector("details.editor");
                if (editor.open) { editor.open = false; item.focus(); } else { openEditor(item); }
                break;
              case "x":
                item = currentItem();
                if (!item) { return; }
                item.querySelector("form.toggle").requestSubmit();
                break;
              case "Escape":
                document.querySelectorAll("details.editor[open]").forEach(function (d) { d.open = false; });
                break;
              default: return;
            }
            event.preventDefault();
          });

          start(document);
          var hash = window.location.hash.slice(1);
          if (hash && document.getElementById(hash) && document.getElementById(hash).matches("article.item")) {
            select(items().indexOf(document.getElementById(hash)));
          }
        })();
        """;
}

namespace Bulletin.Review;

/// <summary>The review pages' stylesheet and script, served from /review.css and /review.js so the CSP can forbid inline code.</summary>
internal static class ReviewAssets
{
    public const string Css = """
        body { font-family: Georgia, "Noto Serif Myanmar", "Myanmar Text", serif; line-height: 1.45; color: #1d1d1d; background: #fafafa; margin: 0; }
        main { max-width: 56rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; background: #fff; }
        nav.top { display: flex; gap: 1rem; align-items: center; padding: .5rem 1.25rem; background: #0b4f8a; color: #fff; font-family: system-ui, sans-serif; font-size: .9rem; }
        nav.top a { color: #fff; }
        nav.top form { margin-left: auto; }
        h1 { font-size: 1.7rem; margin: .5rem 0 .25rem; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 1.8rem; }
        .lede { color: #555; margin-top: 0; }
        .notice { border-left: 4px solid #0b4f8a; background: #eef4fb; padding: .5rem .8rem; }
        .notice.error { border-color: #b3261e; background: #fdecea; }
        .attention { border: 1px solid #d9a300; background: #fff8e1; padding: .5rem 1rem; margin: 1rem 0; }
        .changes { border: 1px solid #9ccc9c; background: #f1f8f1; padding: .5rem 1rem; margin: 1rem 0; }
        .attention h2, .changes h2 { border: 0; margin: 0 0 .3rem; font-size: 1.05rem; }
        .actions { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: 1rem 0; font-family: system-ui, sans-serif; font-size: .9rem; }
        .actions form { display: flex; gap: .4rem; align-items: center; }
        .item { margin: 0 0 1.1rem; padding: .4rem .6rem; border-left: 3px solid transparent; }
        .item:hover { border-left-color: #c5d8ec; background: #fcfdff; }
        .item p { margin: 0; }
        .item .title a { color: #0b4f8a; text-decoration: none; font-size: 1.05rem; }
        .issuer { color: #444; }
        .meta, .why, .controls { font-family: system-ui, sans-serif; font-size: .8rem; color: #666; }
        .controls { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .3rem; }
        .controls form { display: inline-flex; gap: .25rem; }
        .controls input[type=text] { width: 18rem; }
        .left-out .item { opacity: .75; }
        .empty { color: #777; font-style: italic; }
        button { cursor: pointer; }
        textarea { width: 100%; min-height: 8rem; font-family: ui-monospace, monospace; font-size: .8rem; }
        .recollection { border-left: 4px solid #6a8f3a; background: #f3f8ec; padding: .5rem .8rem; font-family: system-ui, sans-serif; font-size: .9rem; }
        table { border-collapse: collapse; } td, th { padding: .2rem .6rem; text-align: left; border-bottom: 1px solid #eee; }
        """;

    public const string Js = """
        // Re-collection progress: while a run is queued or under way, ask for its state every two seconds.
        document.querySelectorAll("[data-recollect]").forEach(function (panel) {
          if (panel.getAttribute("data-active") !== "true") { return; }
          var poll = function () {
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

        // Copy buttons on the version page: data-copy names the textarea whose text goes to the clipboard.
        document.querySelectorAll("button[data-copy]").forEach(function (button) {
          button.addEventListener("click", function () {
            var source = document.getElementById(button.getAttribute("data-copy"));
            if (!source) { return; }
            var done = function () { button.textContent = "Copied"; };
            if (navigator.clipboard) {
              navigator.clipboard.writeText(source.value).then(done, function () { source.select(); document.execCommand("copy"); done(); });
            } else {
              source.select(); document.execCommand("copy"); done();
            }
          });
        });
        """;
}

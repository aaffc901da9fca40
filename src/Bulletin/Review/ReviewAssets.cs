namespace Bulletin.Review;

/// <summary>The review pages' stylesheet, served from /review.css so the CSP can forbid inline code.</summary>
internal static class ReviewAssets
{
    /// <summary>
    /// Burmese from a Myanmar face and everything else from a Latin one. The Myanmar faces are limited
    /// by unicode-range to the Myanmar blocks, so '?', curly quotes and '…' never fall through to them
    /// (Myanmar fonts draw Latin punctuation large); local() only, so nothing is fetched. The bulletin's
    /// HTML template (templates/draft.html.scriban) declares the same faces.
    /// </summary>
    public const string Fonts = """
        @font-face { font-family: "Bulletin Myanmar"; font-weight: 400; src: local("Noto Serif Myanmar Regular"), local("NotoSerifMyanmar-Regular"), local("Noto Sans Myanmar Regular"), local("NotoSansMyanmar-Regular"), local("Myanmar Text"), local("Padauk"), local("Myanmar3"); unicode-range: U+1000-109F, U+A9E0-A9FF, U+AA60-AA7F; }
        @font-face { font-family: "Bulletin Myanmar"; font-weight: 700; src: local("Noto Serif Myanmar Bold"), local("NotoSerifMyanmar-Bold"), local("Noto Sans Myanmar Bold"), local("NotoSansMyanmar-Bold"), local("Myanmar Text Bold"), local("Padauk Bold"); unicode-range: U+1000-109F, U+A9E0-A9FF, U+AA60-AA7F; }
        @font-face { font-family: "Bulletin Myanmar Sans"; font-weight: 400; src: local("Noto Sans Myanmar Regular"), local("NotoSansMyanmar-Regular"), local("Myanmar Text"), local("Padauk"), local("Noto Serif Myanmar Regular"), local("NotoSerifMyanmar-Regular"); unicode-range: U+1000-109F, U+A9E0-A9FF, U+AA60-AA7F; }
        @font-face { font-family: "Bulletin Myanmar Sans"; font-weight: 700; src: local("Noto Sans Myanmar Bold"), local("NotoSansMyanmar-Bold"), local("Myanmar Text Bold"), local("Padauk Bold"), local("Noto Serif Myanmar Bold"), local("NotoSerifMyanmar-Bold"); unicode-range: U+1000-109F, U+A9E0-A9FF, U+AA60-AA7F; }
        """;

    public const string Css = Fonts + """
        :root { --serif: "Bulletin Myanmar", Georgia, "Liberation Serif", "DejaVu Serif", "Times New Roman", serif; --sans: "Bulletin Myanmar Sans", system-ui, "Liberation Sans", "DejaVu Sans", Arial, sans-serif; --ink: #1d1d1d; --muted: #5b5b5b; --link: #0b4f8a; --line: #e3e3e3; }
        body { font-family: var(--serif); line-height: 1.5; color: var(--ink); background: #f4f4f1; margin: 0; }
        main { max-width: 50rem; margin: 0 auto; padding: 1.25rem 2rem 4rem; background: #fff; min-height: 100vh; box-shadow: 0 0 0 1px #e8e8e4; }
        nav.top { display: flex; gap: 1rem; align-items: center; padding: .45rem 1.25rem; background: #0b4f8a; color: #fff; font-family: var(--sans); font-size: .85rem; }
        nav.top a { color: #fff; }
        nav.top form { margin-left: auto; }
        nav.top button { font: inherit; background: transparent; color: #fff; border: 1px solid #ffffff80; border-radius: 3px; padding: .1rem .5rem; }
        h1 { font-size: 1.7rem; margin: .5rem 0 .2rem; font-weight: 700; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin: 2rem 0 .8rem; }
        .lede { color: var(--muted); margin-top: 0; font-family: var(--sans); font-size: .9rem; }
        .notice { border-left: 4px solid #0b4f8a; background: #eef4fb; padding: .5rem .8rem; font-family: var(--sans); font-size: .9rem; }
        .notice.error { border-color: #b3261e; background: #fdecea; }
        .attention { border: 1px solid #d9a300; background: #fff8e1; padding: .5rem 1rem; margin: 1rem 0; font-family: var(--sans); font-size: .85rem; }
        .changes { border: 1px solid #9ccc9c; background: #f1f8f1; padding: .5rem 1rem; margin: 1rem 0; font-family: var(--sans); font-size: .85rem; }
        .attention h2, .changes h2, .check h2 { border: 0; margin: 0 0 .3rem; font-size: 1rem; font-family: var(--sans); }
        .attention ul, .changes ul { margin: 0; padding-left: 1.2rem; }
        .actions { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: center; margin: 1rem 0 .4rem; font-family: var(--sans); font-size: .85rem; }
        .actions form { display: flex; gap: .4rem; align-items: center; margin: 0; }
        .actions .approve-start, button.approve { background: #1e6b35; color: #fff; border: 0; border-radius: 4px; padding: .35rem .8rem; text-decoration: none; font: 600 .85rem var(--sans); cursor: pointer; }
        .actions .approve-start { margin-left: auto; }
        .keys { font-family: var(--sans); font-size: .75rem; color: var(--muted); margin: .2rem 0 0; }
        kbd { font: .75rem ui-monospace, monospace; border: 1px solid #ccc; border-bottom-width: 2px; border-radius: 3px; padding: 0 .25rem; background: #fafafa; }
        .check { border: 1px solid #e0b84c; background: #fffaf0; padding: .5rem 1rem; margin: 1rem 0; }
        .check ol { margin: 0; padding-left: 1.4rem; }
        .check li { margin: .15rem 0; }
        .check a { color: var(--link); }
        .check .by { color: var(--muted); }
        .check small { font-family: var(--sans); color: #8a5a00; }
        .item { margin: 0 -0.6rem .9rem; padding: .3rem .6rem; border-left: 3px solid transparent; border-radius: 2px; }
        .item:hover { background: #fbfcfe; }
        .item:target, .item.current { border-left-color: #0b4f8a; background: #f5f9fd; outline: none; }
        .item[data-check] { border-left-color: #e0b84c; }
        .item.current[data-check] { border-left-color: #0b4f8a; }
        .item p { margin: 0; }
        .item .title a { color: var(--link); text-decoration: none; font-size: 1.05rem; }
        .item .title a:hover { text-decoration: underline; }
        .issuer { color: #444; }
        .flags { font-family: var(--sans); font-size: .75rem; }
        .flag { display: inline-block; color: var(--muted); background: #f0f0f0; border-radius: 3px; padding: 0 .35rem; margin: .15rem .25rem 0 0; }
        .flag.check { color: #7a4f00; background: #fdf0cf; }
        details.editor > summary { font-family: var(--sans); font-size: .75rem; color: var(--muted); cursor: pointer; width: max-content; margin-top: .1rem; }
        details.editor > summary:hover { color: var(--link); }
        details.editor[open] > summary { color: var(--link); }
        .panel { font-family: var(--sans); font-size: .8rem; margin: .35rem 0 .2rem; padding: .6rem .75rem; border: 1px solid var(--line); border-radius: 4px; background: #fcfcfb; display: grid; gap: .45rem; }
        .panel .row { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: center; }
        .panel form { display: flex; gap: .35rem; align-items: center; margin: 0; }
        .panel form.edit-title, .panel form.edit-issuer { flex: 1; }
        .panel label { display: flex; gap: .4rem; align-items: center; }
        .panel label.grow { flex: 1; }
        .panel label > span { color: var(--muted); min-width: 3rem; }
        .panel input[type=text] { flex: 1; min-width: 12rem; }
        .panel input, .panel select, .panel button, .actions input, .actions button { font: inherit; }
        .panel input[type=text], .panel select, .actions input { padding: .2rem .35rem; border: 1px solid #c9c9c9; border-radius: 3px; }
        .panel button, .actions button { padding: .2rem .6rem; border: 1px solid #b9b9b9; border-radius: 3px; background: #f4f4f4; cursor: pointer; }
        .panel button:hover, .actions button:hover { background: #e9eef4; }
        .panel button.exclude { color: #8c1d18; }
        .panel button.include { color: #1e6b35; }
        .candidates > span { color: var(--muted); }
        .candidates button.candidate { background: #fff8e6; border-color: #e0b84c; }
        dl.why { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: .15rem .7rem; color: #444; }
        dl.why dt { color: var(--muted); }
        dl.why dd { margin: 0; }
        dl.why ul { margin: 0; padding-left: 1rem; }
        .left-out .item .title a, .left-out .issuer { color: #777; }
        .empty { color: #777; font-style: italic; }
        button { cursor: pointer; }
        dialog.approve-confirm { max-width: 36rem; border: 1px solid #bbb; border-radius: 6px; padding: 1rem 1.25rem; font-family: var(--sans); font-size: .9rem; }
        dialog.approve-confirm::backdrop { background: #0006; }
        .approve-confirm h2 { margin-top: 0; border: 0; font-family: var(--sans); }
        .approve-confirm form { display: inline-block; margin: .5rem .5rem 0 0; }
        .approve-confirm .cancel { font: inherit; }
        section.approve-confirm.page { font-family: var(--sans); }
        .recollection { border-left: 4px solid #6a8f3a; background: #f3f8ec; padding: .5rem .8rem; font-family: var(--sans); font-size: .9rem; }
        ul.exports { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; font-family: var(--sans); font-size: .85rem; }
        ul.exports button { font: inherit; padding: .1rem .5rem; }
        iframe.bulletin { width: 100%; height: 70vh; min-height: 24rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; resize: vertical; }
        details.version-changes { font-family: var(--sans); font-size: .85rem; margin-top: 1rem; }
        table { border-collapse: collapse; font-family: var(--sans); } td, th { padding: .25rem .7rem; text-align: left; border-bottom: 1px solid #eee; }
        td a { color: var(--link); }
        """;
}

using System.Diagnostics;
using Bulletin.Core.Extraction.Mentions;
using Bulletin.Core.Extraction.Pages;
using Bulletin.Core.Extraction.Text;
using HtmlAgilityPack;

namespace Bulletin.Bench;

/// <summary>
/// Where a page's bytes and time go: every step of reading a page run on its own over the synthetic
/// statement pages, with the bytes the thread allocated and the time it took, so the top allocators
/// can be named before anything is changed.
/// </summary>
internal static class PageProfile
{
    public static void Run(TextWriter output, int passes)
    {
        var inputs = SyntheticDocuments.Pages(40);
        var steps = new Dictionary<string, (long Bytes, long Ticks)>();
        for (var pass = 0; pass < passes + 1; pass++)
        {
            var record = pass > 0;
            foreach (var input in inputs)
            {
                ProfileOne(input, record ? steps : null);
            }
        }

        // The parse alone is measured for comparison; the page document's own step includes it.
        var counted = steps.Where(s => !s.Key.StartsWith("HtmlDocument.LoadHtml", StringComparison.Ordinal)).ToList();
        var total = counted.Sum(s => s.Value.Bytes);
        var totalTicks = counted.Sum(s => s.Value.Ticks);
        long read = inputs.Sum(i => (long)i.Body.Length) * passes;
        output.WriteLine($"Allocation profile: {inputs.Count} statement pages × {passes} passes, {total / (double)read:F1} bytes allocated per byte read, {read / Figures.Megabyte / (totalTicks / (double)Stopwatch.Frequency):F1} MB/s");
        output.WriteLine();
        output.WriteLine("| step | allocated/page | share | time share |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, (bytes, ticks)) in steps.OrderByDescending(s => s.Value.Bytes))
        {
            output.WriteLine($"| {name} | {bytes / 1024.0 / inputs.Count / passes:N1} KB | {100.0 * bytes / total:F1}% | {100.0 * ticks / totalTicks:F1}% |");
        }

        output.WriteLine();
    }

    private static void ProfileOne(ParseInput input, Dictionary<string, (long Bytes, long Ticks)>? steps)
    {
        T Step<T>(string name, Func<T> run)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            var value = run();
            var ticks = Stopwatch.GetTimestamp() - started;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            if (steps is not null)
            {
                var (b, t) = steps.GetValueOrDefault(name);
                steps[name] = (b + bytes, t + ticks);
            }

            return value;
        }

        var html = Step("TextDecoder.Decode", () => TextDecoder.Decode(input.Body, input.ContentType));
        Step("HtmlDocument.LoadHtml (the parse alone, not part of the page's total)", () =>
        {
            var doc = new HtmlDocument { OptionEmptyCollection = true };
            doc.LoadHtml(html);
            return doc;
        });
        var page = Step("PageDocument (parse, meta, JSON-LD, body block)", () => new PageDocument(html, input.Url));
        var declaredSite = page.Meta("og:site_name");
        var title = Step("TitleReader", () => TitleReader.Read(page, declaredSite));
        Step("LanguageReader", () => LanguageReader.Read(page, title?.Value));
        var lines = Step("text views (one walk: body, content, page)", () => BodyReader.Lines(page, TitleReader.Heading(page)));
        var opening = BodyReader.Opening(lines);
        var authors = Step("AuthorReader", () => AuthorReader.Read(page));
        Step("MentionReader (every mention reader and acronyms)", () => MentionReader.Read(page, lines, title?.Value, opening, declaredSite, authors, []));
        var pageLines = page.Text.Page;
        Step("m:FieldMentions", () => FieldMentions.Read(pageLines).ToList());
        Step("m:LetterheadMentions", () => LetterheadMentions.Read(lines, title?.Value).ToList());
        Step("m:OpeningMentions", () => OpeningMentions.Read(opening).ToList());
        Step("m:SignatureMentions", () => SignatureMentions.Read(lines).ToList());
        Step("m:TitleMentions", () => TitleMentions.Read(title?.Value).ToList());
        Step("m:BadgeMentions", () => BadgeMentions.Read(page).ToList());
        Step("m:SectionMentions", () => SectionMentions.Read(page, title?.Value).ToList());
        Step("m:AcronymPairs", () => AcronymPairs.Read(page.ContentLines.Select(l => l.Text)));
        Step("m:closing IssuedBy", () => lines.TakeLast(4).SelectMany(l => OpeningMentions.IssuedBy(l.Text)).ToList());
        Step("PublishedReader", () => PublishedReader.Read(page));
        Step("LabelReader", () => LabelReader.Read(page, title?.Value));
        Step("SignatoryReader", () => SignatoryReader.Read(page));
        Step("BodyReader.OrganisationLine", () => BodyReader.OrganisationLine(page));
        Step("BodyReader.BodyText", () => BodyReader.BodyText(lines));
        Step("TranslationReader", () => TranslationReader.Read(page, null, null));
        Step("OriginalLinkReader", () => OriginalLinkReader.Read(page, null));
    }
}

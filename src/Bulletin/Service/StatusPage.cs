using System.Globalization;
using System.Net;
using System.Text;
using Bulletin.Core.Storage;

namespace Bulletin.Service;

/// <summary>The <c>/status</c> page: readiness, the schedule, each source's recent runs and the last drafts, every value HTML-escaped.</summary>
public sealed class StatusPage
{
    public required ReadinessReport Readiness { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    public required IReadOnlyList<ScheduledJob> Jobs { get; init; }

    public required IReadOnlyList<SourceRun> Runs { get; init; }

    public required IReadOnlyList<string> Drafts { get; init; }

    public string Render()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bulletin status</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}")
            .Append(".failed,.flagged,.not-ready{color:#a00}</style></head><body><h1>Bulletin status</h1>");

        var state = Readiness.Ready ? "ready" : "not-ready";
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"{state}\">Service: <strong>{state}</strong>; last successful collection: {E(Time(Readiness.LastCollection))}</p>");
        AppendList(html, Readiness.Reasons.Concat(Readiness.Notes));

        html.Append("<h2>Schedule</h2><table><tr><th>Job</th><th>Cron</th><th>Previous fire</th><th>Next fire</th></tr>");
        foreach (var job in Jobs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(job.Name)}</td><td><code>{E(job.Cron ?? "not scheduled")}</code></td><td>{E(Time(job.Previous))}</td><td>{E(Time(job.Next))}</td></tr>");
        }

        html.Append("</table><h2>Recent runs per source</h2>");
        if (Runs.Count == 0)
        {
            html.Append("<p>No collection has run yet.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Source</th><th>Started</th><th>Status</th><th>Leads</th><th>New</th><th>HTTP</th><th>Took</th><th>Message</th></tr>");
            foreach (var run in Runs)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(run.SourceId)}</td><td>{E(Time(run.StartedAt))}</td><td class=\"{E(run.Status)}\">{E(run.Status)}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{run.ItemsSeen}</td><td>{run.ItemsNew}</td><td>{run.HttpStatus}</td><td>{run.Duration.TotalSeconds:0.0} s</td><td>{E(run.Message ?? "")}</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h2>Last drafts</h2>");
        AppendList(html, Drafts.Count == 0 ? ["No draft written yet."] : Drafts);
        return html.Append("</body></html>").ToString();
    }

    private static void AppendList(StringBuilder html, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count > 0)
        {
            html.Append("<ul>").AppendJoin("", items.Select(l => $"<li>{E(l)}</li>")).Append("</ul>");
        }
    }

    private string Time(DateTimeOffset? instant) => instant is { } at
        ? TimeZoneInfo.ConvertTime(at, Zone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)
        : "never";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

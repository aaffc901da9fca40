using System.Text.Json;

namespace Bulletin.Core.Inspection;

/// <summary>
/// The page part of an inspect line: title, published, issuer, kind, language and canonical, each
/// with the signal or reason it came from, then the other facts the page reader found.
/// </summary>
internal static class PageJson
{
    public static void Write(Utf8JsonWriter json, InspectedPage page)
    {
        var facts = page.Facts;
        InspectionJson.Text(json, "title", facts.Title?.Value);
        InspectionJson.Text(json, "titleSignal", facts.Title?.From);
        InspectionJson.Date(json, "published", facts.Published?.Value);
        InspectionJson.Text(json, "publishedSignal", facts.Published?.From);
        InspectionJson.Text(json, "issuer", page.Issuer.Value);
        InspectionJson.Text(json, "issuerReason", page.Issuer.Reason);
        json.WriteNumber("issuerConfidence", page.Issuer.Confidence);
        json.WriteString("kind", page.Kind.Value.ToString().ToLowerInvariant());
        InspectionJson.Text(json, "kindReason", page.Kind.Reason);
        json.WriteNumber("kindConfidence", page.Kind.Confidence);
        InspectionJson.Text(json, "language", facts.Language?.Value);
        InspectionJson.Text(json, "languageSignal", facts.Language?.From);
        InspectionJson.Url(json, "canonical", facts.Canonical);
        InspectionJson.Text(json, "siteName", facts.SiteName);
        if (facts.Authors.Count > 0)
        {
            json.WriteStartArray("authors");
            foreach (var author in facts.Authors)
            {
                json.WriteStartObject();
                InspectionJson.Text(json, "name", author.Value);
                InspectionJson.Text(json, "signal", author.From);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        InspectionJson.Strings(json, "publishers", facts.Publishers);
        InspectionJson.Strings(json, "schemaTypes", facts.SchemaTypes);
        InspectionJson.Strings(json, "labels", facts.Labels);
        InspectionJson.Strings(json, "signatories", facts.Signatories);
        InspectionJson.Text(json, "organisationLine", facts.OrganisationLine);
        if (facts.Translations.Count > 0)
        {
            json.WriteStartObject("translations");
            foreach (var (language, url) in facts.Translations)
            {
                InspectionJson.Url(json, language, url);
            }

            json.WriteEndObject();
        }

        InspectionJson.Url(json, "originalUrl", facts.OriginalUrl);
        json.WriteStartArray("mentions");
        foreach (var mention in facts.Mentions)
        {
            json.WriteStartObject();
            InspectionJson.Text(json, "text", mention.Text);
            json.WriteString("signal", mention.Signal.ToString());
            InspectionJson.Text(json, "detail", mention.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("issuerCandidates");
        foreach (var candidate in page.Issuer.Candidates)
        {
            json.WriteStartObject();
            InspectionJson.Text(json, "name", candidate.Name);
            json.WriteNumber("score", candidate.Score);
            json.WriteBoolean("inDirectory", candidate.Known);
            InspectionJson.Strings(json, "signals", candidate.Signals);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}

using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bulletin.Core.Extraction;

namespace Bulletin.Core.Inspection;

/// <summary>
/// Writes an answer as one line of JSON (JSON Lines): <c>input</c>, <c>type</c> (feed, page or
/// error) and what was read; absent values are left out rather than written as null.
/// </summary>
public static class InspectionJson
{
    // Burmese and other scripts stay readable; the writer still escapes quotes and control characters.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The answer as one line without its line break. Never throws: a value that cannot be written becomes an error line.</summary>
    public static string Line(Inspected inspected)
    {
        ArgumentNullException.ThrowIfNull(inspected);
        try
        {
            return Write(inspected);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            return Write(DocumentInspector.Error(inspected.Input, null, null, InspectionFailure.Unexpected, $"the answer could not be written as JSON: {e.Message}"));
        }
    }

    private static string Write(Inspected inspected)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            Text(json, "input", inspected.Input);
            switch (inspected)
            {
                case InspectedFeed feed:
                    json.WriteString("type", "feed");
                    Common(json, inspected);
                    FeedJson.Write(json, feed);
                    break;
                case InspectedPage page:
                    json.WriteString("type", "page");
                    Common(json, inspected);
                    PageJson.Write(json, page);
                    break;
                case InspectionError error:
                    json.WriteString("type", "error");
                    json.WriteString("errorKind", error.Failure.ToString().ToLowerInvariant());
                    Text(json, "error", error.Message);
                    Common(json, inspected);
                    break;
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Common(Utf8JsonWriter json, Inspected inspected)
    {
        Url(json, "url", inspected.Url);
        Text(json, "contentType", inspected.ContentType);
    }

    /// <summary>Writes a string property unless the value is null; lone surrogates become U+FFFD so the line stays UTF-8.</summary>
    internal static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, Scalar(value));
        }
    }

    internal static void Url(Utf8JsonWriter json, string name, Uri? value) => Text(json, name, value?.AbsoluteUri);

    internal static void Date(Utf8JsonWriter json, string name, PublishedDate? value) =>
        Text(json, name, value is { } date ? InspectionDates.Format(date) : null);

    internal static void Strings(Utf8JsonWriter json, string name, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(Scalar(value));
        }

        json.WriteEndArray();
    }

    private static string Scalar(string value)
    {
        if (!value.Any(char.IsSurrogate))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(value, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(value[i]) ? '\uFFFD' : value[i]);
            }
        }

        return builder.ToString();
    }
}

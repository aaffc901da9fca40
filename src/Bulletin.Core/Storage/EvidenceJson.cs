using System.Text.Json;
using System.Text.Json.Serialization;
using Bulletin.Core.Extraction;

namespace Bulletin.Core.Storage;

/// <summary>
/// An item's lead and page facts as stored beside it, so classification can run again on what the
/// page said without fetching it: after a directory change, an accepted name or a rule fix.
/// </summary>
public static class EvidenceJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new PublishedDateConverter(), new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(Lead lead, PageFacts? page) => JsonSerializer.Serialize(new Stored(lead, page), Options);

    public static (Lead Lead, PageFacts? Page) Read(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new JsonException("evidence: empty");
        return (stored.Lead, stored.Page);
    }

    private sealed record Stored(Lead Lead, PageFacts? Page);

    // PublishedDate keeps how much the source stated; it is rebuilt through its factories.
    private sealed class PublishedDateConverter : JsonConverter<PublishedDate>
    {
        public override PublishedDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            var e = doc.RootElement;
            var precision = Enum.Parse<DatePrecision>(e.GetProperty("precision").GetString()!);
            return precision switch
            {
                DatePrecision.Instant => PublishedDate.Exact(e.GetProperty("instant").GetDateTimeOffset()),
                DatePrecision.LocalTime => PublishedDate.Local(e.GetProperty("local").GetDateTime()),
                _ => PublishedDate.DateOnly(DateOnly.FromDateTime(e.GetProperty("local").GetDateTime())),
            };
        }

        public override void Write(Utf8JsonWriter writer, PublishedDate value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("precision", value.Precision.ToString());
            if (value.Instant is { } instant)
            {
                writer.WriteString("instant", instant);
            }

            if (value.LocalTime is { } local)
            {
                writer.WriteString("local", local.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
        }
    }
}

namespace Bulletin.Core.Storage;

/// <summary>The HTTP cache behind conditional requests (ETag, Last-Modified).</summary>
public sealed partial class Store
{
    public async Task<CachedResponse?> GetCachedAsync(string url, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT url, final_url, etag, last_modified, content_type, body, fetched_at FROM http_cache WHERE url = $url;";
        cmd.Parameters.AddWithValue("$url", url);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return null;
        }

        return new CachedResponse
        {
            Url = r.GetString(0),
            FinalUrl = r.GetString(1),
            ETag = r.IsDBNull(2) ? null : r.GetString(2),
            LastModified = r.IsDBNull(3) ? null : StoredInstant.Read(r.GetString(3)),
            ContentType = r.IsDBNull(4) ? null : r.GetString(4),
            Body = (byte[])r.GetValue(5),
            FetchedAt = StoredInstant.Read(r.GetString(6)),
        };
    }

    /// <summary>Stores the response for its URL, replacing any earlier one.</summary>
    public async Task SaveCachedAsync(CachedResponse response, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO http_cache (url, final_url, etag, last_modified, content_type, body, fetched_at)
            VALUES ($url, $final_url, $etag, $last_modified, $content_type, $body, $fetched_at)
            ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url, etag = excluded.etag,
                last_modified = excluded.last_modified, content_type = excluded.content_type,
                body = excluded.body, fetched_at = excluded.fetched_at;
            """;
        cmd.Parameters.AddWithValue("$url", response.Url);
        cmd.Parameters.AddWithValue("$final_url", response.FinalUrl);
        cmd.Parameters.AddWithValue("$etag", DbValue.OrNull(response.ETag));
        cmd.Parameters.AddWithValue("$last_modified", StoredInstant.WriteOrNull(response.LastModified));
        cmd.Parameters.AddWithValue("$content_type", DbValue.OrNull(response.ContentType));
        cmd.Parameters.AddWithValue("$body", response.Body);
        cmd.Parameters.AddWithValue("$fetched_at", StoredInstant.Write(response.FetchedAt));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

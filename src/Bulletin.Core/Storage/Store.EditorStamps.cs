using System.Security.Cryptography;

namespace Bulletin.Core.Storage;

/// <summary>Editors' session stamps: a sign-in cookie is good only while its stamp is the editor's current one.</summary>
public sealed partial class Store
{
    /// <summary>The editor's current stamp, made on first use.</summary>
    public async Task<string> EditorStampAsync(string editor, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO editor_stamps (editor, stamp) VALUES ($editor, $stamp) ON CONFLICT (editor) DO NOTHING;
            SELECT stamp FROM editor_stamps WHERE editor = $editor;
            """;
        cmd.Parameters.AddWithValue("$editor", editor);
        cmd.Parameters.AddWithValue("$stamp", NewStamp());
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Replaces the editor's stamp, ending every session signed in with the old one.</summary>
    public async Task RotateEditorStampAsync(string editor, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO editor_stamps (editor, stamp) VALUES ($editor, $stamp) ON CONFLICT (editor) DO UPDATE SET stamp = excluded.stamp;";
        cmd.Parameters.AddWithValue("$editor", editor);
        cmd.Parameters.AddWithValue("$stamp", NewStamp());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}

using System.Security.Cryptography;
using Bulletin.Review;

namespace Bulletin.Demo;

/// <summary>
/// The demo's one editor: a fixed name and a password made fresh for each run, printed once and
/// configured only as its hash, like any editor's.
/// </summary>
internal sealed record DemoEditor(string Name, string Password)
{
    // No look-alike letters or digits (l, 1, O, 0), so the printed password is easy to type.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static DemoEditor Create() => new("Demo Editor", RandomNumberGenerator.GetString(Alphabet, 16));

    /// <summary>Configuration making this the first editor account.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new($"{ReviewOptions.Section}:Editors:0:Name", Name),
        new($"{ReviewOptions.Section}:Editors:0:PasswordHash", EditorAccounts.Hash(Password)),
    ];
}

using System.Collections.Concurrent;

namespace Bulletin.Core.Collection;

/// <summary>
/// One run's shared state: item keys claimed, so that copies found by two sources are collected once,
/// and the run's sources, so that an original found through a repost is read as its own site's source.
/// </summary>
public sealed class RunState(IReadOnlyList<Sources.SourceDefinition>? sources = null)
{
    private readonly IReadOnlyList<Sources.SourceDefinition> sources = sources ?? [];

    private readonly ConcurrentDictionary<string, byte> claimed = new();

    /// <summary>True for the first caller to claim <paramref name="key"/> in this run.</summary>
    public bool Claim(string key) => claimed.TryAdd(key, 0);

    public bool Claimed(string key) => claimed.ContainsKey(key);

    /// <summary>The run's source whose own URL is on <paramref name="url"/>'s host and port, or null.</summary>
    public Sources.SourceDefinition? SourceHosting(Uri url) => sources.FirstOrDefault(s =>
        s.Enabled && string.Equals(s.Url.Host, url.Host, StringComparison.OrdinalIgnoreCase) && s.Url.Port == url.Port);
}

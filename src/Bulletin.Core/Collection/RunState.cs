using System.Collections.Concurrent;

namespace Bulletin.Core.Collection;

/// <summary>Item keys claimed during one run, so that copies found by two sources are collected once.</summary>
public sealed class RunState
{
    private readonly ConcurrentDictionary<string, byte> claimed = new();

    /// <summary>True for the first caller to claim <paramref name="key"/> in this run.</summary>
    public bool Claim(string key) => claimed.TryAdd(key, 0);

    public bool Claimed(string key) => claimed.ContainsKey(key);
}

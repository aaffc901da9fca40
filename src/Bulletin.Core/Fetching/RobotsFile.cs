using System.Globalization;

namespace Bulletin.Core.Fetching;

/// <summary>A parsed robots.txt (RFC 9309 plus Crawl-delay): which paths an agent may fetch and how slowly.</summary>
public sealed class RobotsFile
{
    private readonly IReadOnlyList<RobotsGroup> groups;

    private RobotsFile(IReadOnlyList<RobotsGroup> groups) => this.groups = groups;

    /// <summary>What we assume when a site has no usable robots.txt.</summary>
    public static RobotsFile AllowAll { get; } = new([]);

    public static RobotsFile Parse(string text)
    {
        var groups = new List<RobotsGroup>();
        RobotsGroup? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    // Consecutive User-agent lines share one group; one after rules starts the next.
                    if (current is null || !lastWasAgent)
                    {
                        current = new RobotsGroup();
                        groups.Add(current);
                    }

                    current.Agents.Add(value);
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow":
                    // An empty Disallow allows everything, which is what having no rule means anyway.
                    if (current is not null && value.Length > 0)
                    {
                        current.Rules.Add(RobotsRule.Create(key == "allow", value));
                    }

                    lastWasAgent = false;
                    break;
                case "crawl-delay":
                    if (current is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                        && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }

                    lastWasAgent = false;
                    break;
            }
        }

        return new RobotsFile(groups);
    }

    /// <summary>Whether <paramref name="agentToken"/> may fetch <paramref name="url"/>.</summary>
    public bool IsAllowed(string agentToken, Uri url) => IsAllowed(agentToken, url.PathAndQuery);

    /// <summary>Whether <paramref name="agentToken"/> may fetch the (percent-encoded) path and query.</summary>
    public bool IsAllowed(string agentToken, string pathAndQuery)
    {
        var path = RobotsRule.Normalise(pathAndQuery.Length == 0 ? "/" : pathAndQuery);
        if (path.Equals("/robots.txt", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // The longest matching pattern decides; on a tie the less restrictive Allow wins.
        RobotsRule? best = null;
        foreach (var rule in GroupsFor(agentToken).SelectMany(g => g.Rules))
        {
            if (rule.Matches(path) && (best is null || rule.Pattern.Length > best.Pattern.Length
                || (rule.Pattern.Length == best.Pattern.Length && rule.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>The Crawl-delay for <paramref name="agentToken"/>, if its group sets one.</summary>
    public TimeSpan? CrawlDelay(string agentToken) =>
        GroupsFor(agentToken).Select(g => g.CrawlDelay).Where(d => d is not null).Max();

    private IEnumerable<RobotsGroup> GroupsFor(string agentToken)
    {
        // Every group naming our token applies (merged); only when none does do the '*' groups apply.
        var named = groups.Where(g => g.Agents.Any(a => Names(a, agentToken))).ToList();
        return named.Count > 0 ? named : groups.Where(g => g.Agents.Contains("*"));
    }

    private static bool Names(string agent, string token) =>
        agent.Equals(token, StringComparison.OrdinalIgnoreCase)
        || (agent.StartsWith(token, StringComparison.OrdinalIgnoreCase) && agent[token.Length] == '/');

    private sealed class RobotsGroup
    {
        public List<string> Agents { get; } = [];

        public List<RobotsRule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }
}

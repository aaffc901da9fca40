using Bulletin.Core.Review;

namespace Bulletin.Tests.Review;

/// <summary>New, changed and removed items between two versions, by item key.</summary>
public sealed class DraftChangesTests
{
    [Fact]
    public void Items_are_matched_by_key_and_compared_on_title_issuer_and_section()
    {
        var before = new[]
        {
            new VersionItem("a", "Title A", "UNHCR", "Reports", "https://x/a"),
            new VersionItem("b", "Title B", "OHCHR", "Statements and Press Releases", "https://x/b"),
            new VersionItem("c", "Title C", "NUG", "Statements and Press Releases", "https://x/c"),
        };
        var after = new[]
        {
            new VersionItem("a", "Title A", "UNHCR", "Reports", "https://x/a"),
            new VersionItem("b", "Title B", "OHCHR", "Reports", "https://x/b"),
            new VersionItem("d", "Title D", "ASEAN", "Statements and Press Releases", "https://x/d"),
        };

        var changes = DraftChanges.Between(before, after);

        Assert.Equal("d", Assert.Single(changes.Added).Key);
        Assert.Equal("c", Assert.Single(changes.Removed).Key);
        var changed = Assert.Single(changes.Changed);
        Assert.Equal("b", changed.After.Key);
        Assert.Equal(["section"], changed.Fields);
        Assert.True(DraftChanges.Between(after, after).IsEmpty);
    }
}

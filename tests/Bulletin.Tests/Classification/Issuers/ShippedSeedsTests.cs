using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Tests.Classification.Issuers;

public sealed class ShippedSeedsTests
{
    [Fact]
    public void The_shipped_seeds_load_without_duplicate_keys()
    {
        // Load throws on any duplicate key, unknown parent or malformed entry; loading here proves there is none.
        var directory = IssuerDirectory.Load(ShippedIssuers.SeedsPath);

        Assert.True(directory.All.Count >= 600, $"only {directory.All.Count} bodies");
        foreach (var category in Enum.GetValues<IssuerCategory>())
        {
            Assert.Contains(directory.All, i => i.Category == category);
        }
    }

    [Fact]
    public void Every_parent_is_a_known_body_and_every_name_resolves_to_its_own_entry()
    {
        var directory = ShippedIssuers.Directory;

        foreach (var issuer in directory.All)
        {
            if (issuer.Parent is not null)
            {
                Assert.NotNull(directory.ParentOf(issuer));
            }

            // A scoped body's generic names name it only beside its parent.
            var scope = issuer.Scoped ? new IssuerScope([directory.ParentOf(issuer)!]) : null;
            foreach (var name in issuer.AllNames)
            {
                Assert.Same(issuer, directory.Match(name, scope));
            }
        }
    }

    [Theory]
    [InlineData("National Unity Government", "nug-crph")]
    [InlineData("Special Advisory Council for Myanmar", "coalition")]
    [InlineData("Justice For Myanmar", "myanmar-cso")]
    [InlineData("Burma Campaign UK", "international-ngo")]
    [InlineData("Karen National Union", "ethnic")]
    [InlineData("United Nations Children's Fund", "un")]
    [InlineData("United States Department of State", "government")]
    public void The_bodies_of_the_bulletin_carry_their_categories(string name, string category) =>
        Assert.Equal(category, ShippedIssuers.Directory.Named(name)?.Category.ToCode());

    [Theory]
    [InlineData("Burma Campaign UK")]
    [InlineData("Fortify Rights")]
    [InlineData("Justice For Myanmar")]
    [InlineData("Mekong Watch")]
    [InlineData("Pacific Asia Resource Center")]
    [InlineData("Friends of the Earth Japan")]
    [InlineData("Network Against Japan Arms Trade")]
    [InlineData("ayus:Network of Buddhists Volunteers on International Cooperation")]
    [InlineData("Japan International Volunteer Center")]
    [InlineData("National Unity Government")]
    [InlineData("Office of the High Commissioner for Human Rights")]
    [InlineData("Special Advisory Council for Myanmar")]
    [InlineData("Progressive Voice")]
    [InlineData("Amnesty International")]
    [InlineData("United States Department of State")]
    public void Editors_names_are_printed_unchanged(string name) =>
        Assert.Equal(name, ShippedIssuers.Directory.Match(name)?.DisplayName);
}

using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Classification.Naming;

namespace Bulletin.Tests.Support;

/// <summary>The shipped seeds (issuer directory, gazetteer, glossary) and the classifier built on them, loaded once.</summary>
public static class ShippedPipeline
{
    private static readonly Lazy<IssuerDirectory> LazyDirectory = new(() => IssuerDirectory.Load(Seed("issuers.json")));
    private static readonly Lazy<NamingData> LazyNaming = new(() => NamingData.Load(Seed("places.json"), Seed("terms.json")));

    public static IssuerDirectory Directory => LazyDirectory.Value;

    public static NamingData Naming => LazyNaming.Value;

    public static IssuerAttributor Attributor(IssuerDirectory? directory = null, AttributionOptions? options = null) =>
        new(directory ?? Directory, Naming, options ?? new AttributionOptions());

    public static ItemClassifier Classifier(IssuerDirectory? directory = null) => new(Attributor(directory));

    private static string Seed(string file) => Path.Combine(RepositoryRoot.Path, "seeds", file);
}

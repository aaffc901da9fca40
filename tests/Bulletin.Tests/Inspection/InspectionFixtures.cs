using Bulletin.Core.Inspection;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Inspection;

/// <summary>The inspection fixtures and an inspector built on the repository's issuer directory.</summary>
internal static class InspectionFixtures
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Inspection");

    public static readonly DocumentInspector Documents =
        new(ShippedPipeline.Classifier(), TimeProvider.System);

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Inspects a fixture file as a local file is read: no HTTP header, its file:// URI as the base.</summary>
    public static Inspected Inspect(string name) => Documents.Inspect(name, File.ReadAllBytes(PathOf(name)), contentType: null, new Uri(PathOf(name)));

    public static T Inspect<T>(string name) where T : Inspected => Assert.IsType<T>(Inspect(name));
}

namespace Bulletin.Tests.Storage;

/// <summary>A fresh folder under the system temp path for one test's database files, removed afterwards.</summary>
internal sealed class TempStoreFolder : IDisposable
{
    public TempStoreFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "bulletin-store-tests", Guid.NewGuid().ToString("N"));
    }

    public string Folder { get; }

    /// <summary>A database path in a subfolder that does not exist yet, so Store must create it.</summary>
    public string DatabasePath => Path.Combine(Folder, "data", "bulletin.db");

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

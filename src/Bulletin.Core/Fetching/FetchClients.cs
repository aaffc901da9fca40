namespace Bulletin.Core.Fetching;

/// <summary>The names of the fetch HttpClients, one per <see cref="AddressKind"/> a fetch may reach.</summary>
public static class FetchClients
{
    /// <summary>The client whose connections may reach public addresses and <paramref name="reach"/>.</summary>
    public static string Name(AddressKind reach) => reach == AddressKind.Public ? Fetcher.HttpClientName : $"{Fetcher.HttpClientName}.{reach}";
}

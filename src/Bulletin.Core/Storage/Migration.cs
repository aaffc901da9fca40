namespace Bulletin.Core.Storage;

/// <summary>One step of the schema: applied once, in version order, inside its own transaction.</summary>
public sealed record Migration(int Version, string Sql);

namespace Bulletin.Core.Storage;

/// <summary>An editor's override of one field of an item; the latest per item and field wins.</summary>
public sealed record Decision(string ItemKey, string Field, string Value, string Editor, DateTimeOffset At);

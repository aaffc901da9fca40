namespace Bulletin.Core.Rendering;

/// <summary>Where the draft templates live and which formats to render (section <c>Bulletin:Rendering</c>).</summary>
public sealed class RenderingOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Bulletin:Rendering";

    /// <summary>
    /// Folder holding <c>draft.&lt;format&gt;.scriban</c> and <c>partials/*.scriban</c>; a relative path resolves against
    /// the application's folder. Templates are read on every run, so edits need no rebuild.
    /// Defaults to <c>templates</c>.
    /// </summary>
    public string TemplatesPath { get; set; } = "templates";

    /// <summary>
    /// Formats to render, one <c>draft.&lt;format&gt;.scriban</c> template each; lower-case letters and digits only.
    /// Defaults to <c>html</c>, <c>md</c> and <c>txt</c>.
    /// </summary>
    public IList<string> Formats { get; set; } = ["html", "md", "txt"];
}

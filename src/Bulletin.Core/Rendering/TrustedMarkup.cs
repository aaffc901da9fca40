namespace Bulletin.Core.Rendering;

/// <summary>
/// Text a template writes as it is, without encoding: the one way past <see cref="OutputEncoding"/>.
/// Only code creates it, for text that is already encoded (a partial's output); a value that came
/// from the web must never be wrapped in it. Reviewers: every use of this type is a place to check.
/// </summary>
public sealed record TrustedMarkup(string Value)
{
    public override string ToString() => Value;
}
